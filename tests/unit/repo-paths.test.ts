// Nothing tracked in the repository may point outside it: no path into the workspace of the
// machine it was written on, and no relative path that climbs out of the repository (the README
// once linked a sketch one folder above the root). A fresh clone must be complete.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
// Lint fixtures are linted as if they lived elsewhere (tests/unit/lint-boundaries.test.ts): their
// relative imports are written for those virtual paths.
const VIRTUAL_PATHS = 'tests/lint-fixtures/';
const MACHINE_PATH = new RegExp(['', 'work', ''].join('/'));
const RELATIVE_PATH = /(?:\.\.\/)+[\w@][^\s'"`)\]]*/g;

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f !== '' && !f.startsWith('resources/') && !f.endsWith('package-lock.json'));

function textOf(file: string): string | null {
  const bytes = readFileSync(path.join(REPO, file));
  return bytes.includes(0) ? null : bytes.toString('utf8');
}

/** `file:line text` for every relative path in `text` that resolves outside the repository. */
function escapingPaths(file: string, text: string): string[] {
  const hits: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [found] of line.matchAll(RELATIVE_PATH)) {
      const resolved = path.relative(REPO, path.resolve(REPO, path.dirname(file), found));
      if (resolved.startsWith('..')) hits.push(`${file}:${i + 1} ${found}`);
    }
  });
  return hits;
}

describe('no tracked file points outside the repository', () => {
  it('reads the tracked files', () => {
    expect(tracked.length).toBeGreaterThan(100);
    expect(tracked).toContain('README.md');
  });

  it('names no path of the machine it was written on', () => {
    const hits = tracked.filter((f) => {
      const text = textOf(f);
      return text !== null && MACHINE_PATH.test(text);
    });
    expect(hits).toEqual([]);
  });

  it('has no relative path that climbs out of the repository', () => {
    const hits = tracked
      .filter((f) => !f.startsWith(VIRTUAL_PATHS))
      .flatMap((f) => {
        const text = textOf(f);
        return text === null ? [] : escapingPaths(f, text);
      });
    expect(hits).toEqual([]);
  });

  it('catches a README link to ../shared/ and accepts src-main’s own ../shared/ imports', () => {
    // Written in two halves so that this file itself does not read as a pointer outside the repo.
    const up = '../shared/';
    expect(escapingPaths('README.md', `See \`${up}ARCHITECTURE.md\`.`)).toHaveLength(1);
    expect(escapingPaths('electron.vite.config.ts', `// see ${up}STACK-NOTES.md`)).toHaveLength(1);
    expect(escapingPaths('src-main/ipc/router.ts', "import { contract } from '../shared/contract';")).toEqual([]);
  });
});
