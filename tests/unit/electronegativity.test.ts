// Electronegativity (Doyensec's Electron security scanner) over the sources, offline: zero HIGH
// findings, and every lower one accepted with its reason in tests/unit/electronegativity-accepted.json.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const ACCEPTED_FILE = path.join(REPO, 'tests', 'unit', 'electronegativity-accepted.json');
const require = createRequire(import.meta.url);

interface Finding {
  id: string;
  file: string;
  severity: { name: string };
  location?: { line: number };
  description: string;
}
interface Accepted {
  id: string;
  file: string;
  severity: string;
  reason: string;
}
type Run = (
  options: Record<string, unknown>,
) => Promise<{ issues: Finding[]; errors: Array<{ file: string; message: string }> }>;

/** Only our sources: the scanner also reads tests and fixtures, which are not the app. */
const input = mkdtempSync(path.join(os.tmpdir(), 'emanet-electronegativity-'));
for (const entry of ['src-main', 'src-renderer', 'package.json']) {
  cpSync(path.join(REPO, entry), path.join(input, entry), { recursive: true });
}
afterAll(() => rmSync(input, { recursive: true, force: true }));

/**
 * Runs the scanner with `got` (its only HTTP client: translations and Electron's release list)
 * replaced by a refusal, so nothing can leave the machine whatever its defaults.
 */
async function scan(): Promise<{ findings: Finding[]; errors: unknown[]; networkAttempts: string[] }> {
  const networkAttempts: string[] = [];
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'got') {
      return (url: string) => {
        networkAttempts.push(String(url));
        return Promise.reject(new Error('offline'));
      };
    }
    return original.call(this, request, ...rest);
  };
  try {
    const run = require('@doyensec/electronegativity') as Run;
    const result = await run({
      input,
      output: path.join(input, 'report.json'),
      isSarif: false,
      customScan: [],
      // Downloads Electron's release list to compare versions; not possible (nor wanted) offline.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      isRelative: true,
      parserPlugins: [],
      electronVersionOverride: require('electron/package.json').version as string,
    });
    return { findings: result.issues, errors: result.errors, networkAttempts };
  } finally {
    loader._load = original;
  }
}

describe('Electronegativity', () => {
  it('finds nothing of high severity, and nothing lower that is not accepted with a reason', async () => {
    const { findings, errors, networkAttempts } = await scan();
    const describeFinding = (f: Finding) =>
      `${f.severity.name} ${f.id} ${f.file}:${f.location?.line ?? 0} ${f.description}`;

    // Every source file parsed (a file it cannot parse is a file it did not check).
    expect(errors).toEqual([]);
    // It did scan our code: the window's preload is always reported for review.
    expect(findings.some((f) => f.file === 'src-main/platform/main-window.ts')).toBe(true);
    // Only the translations lookup tried the network, and it was refused.
    expect(networkAttempts.every((url) => url.includes('i18n'))).toBe(true);

    const high = findings.filter((f) => f.severity.name === 'HIGH' || f.severity.name === 'CRITICAL');
    expect(high.map(describeFinding)).toEqual([]);

    const { accepted } = JSON.parse(readFileSync(ACCEPTED_FILE, 'utf8')) as { accepted: Accepted[] };
    for (const entry of accepted) expect(entry.reason.length, `${entry.id} ${entry.file}`).toBeGreaterThan(40);
    const matches = (f: Finding, a: Accepted) => f.id === a.id && f.file === a.file && f.severity.name === a.severity;
    const unaccepted = findings.filter((f) => !accepted.some((a) => matches(f, a)));
    expect(unaccepted.map(describeFinding)).toEqual([]);
    // The list stays honest: an entry that matches nothing any more must go.
    const stale = accepted.filter((a) => !findings.some((f) => matches(f, a)));
    expect(stale).toEqual([]);
  });
});
