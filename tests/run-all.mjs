// `npm test`: type checking, lint and the electron-vite build once each, then vitest and
// Playwright (both reuse the build: EMANET_SHELL_OUT); every step always runs. The last line printed is `N passed, N failed, N skipped`
// (a check step counts as one test); exit 1 if anything failed, a runner crashed or a report is
// missing. See tests/run-steps.mjs for how steps are run and counted.
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, firstLine, runSteps } from './run-steps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'node_modules', '.bin');
const reportsDir = path.join(root, 'reports');
/** What the build step produces; tests of the build output read it through EMANET_SHELL_OUT. */
const shellOut = path.join(root, 'out');
// Children find the pinned Node 24 (node_modules/.bin/node) first even when this script was
// started with the system Node: native modules built for 24 crash on 20.
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };

/** RAM-backed folder for the run's temp files, when the machine has one with room to spare. */
const RAM_DIR = '/dev/shm';
/** The largest test file is 1 GiB (document-1gib); leave room for that and the rest many times over. */
const RAM_NEEDED = 4 * 1024 ** 3;

// Every test vault, backup, export and Chromium profile is made under os.tmpdir(). On a disk,
// each SQLCipher commit (synchronous = FULL) and each document write waits for an fsync: measured
// on the shared 2-core machine, three integration files took 92 and 49 s in /dev/shm against 157
// and 102 s in /tmp (same files, alternating runs), and 20 % less CPU. The code under test is the
// same; only the folder's medium differs. One folder per run, removed when the run ends, so a
// leaked temp file cannot hold memory. EMANET_TEST_TMPDIR=disk keeps the usual temp folder.
function ramTempDir() {
  if (process.env.EMANET_TEST_TMPDIR === 'disk') return null;
  try {
    const fs = statfsSync(RAM_DIR);
    if (fs.bavail * fs.bsize < RAM_NEEDED) return null;
    return mkdtempSync(path.join(RAM_DIR, 'emanet-test-'));
  } catch {
    return null;
  }
}
const tempDir = ramTempDir();
if (tempDir) {
  env.TMPDIR = tempDir;
  const removeTempDir = () => rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
  process.once('exit', removeTempDir);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(128 + constants.signals[signal]));
  console.log(`[tmp] test temp files in ${tempDir} (RAM); EMANET_TEST_TMPDIR=disk for the usual temp folder`);
}

// Type checking, lint and the build need nothing from each other: they run at the same time
// (each is single-threaded; together they keep both cores of a small machine busy). The two
// suites run one after the other: overlapping them with the checks was measured slower on a
// 2-core machine (the processes thrash: typecheck 47 s alone, 299 s overlapped), so instead
// vitest uses both cores itself (vitest.config.ts).
const steps = [
  // The three TypeScript projects (ARCHITECTURE.md): Node, renderer (DOM), browser-driving tests.
  check(
    'typecheck',
    [
      [path.join(bin, 'tsc'), '--noEmit', '-p', 'tsconfig.json'],
      [path.join(bin, 'tsc'), '--noEmit', '-p', 'src-renderer/tsconfig.json'],
      [path.join(bin, 'tsc'), '--noEmit', '-p', 'tests/e2e/tsconfig.json'],
    ],
    {},
    'checks',
  ),
  check('lint', [[path.join(bin, 'eslint'), '.']], {}, 'checks'),
  // Main, preload and renderer as `npm start` builds them, once.
  check(
    'build',
    [[path.join(bin, 'electron-vite'), 'build']],
    { EMANET_BUILD_OUT: shellOut, NODE_ENV: 'production' },
    'checks',
  ),
  {
    name: 'vitest',
    commands: [[path.join(bin, 'vitest'), 'run', '--passWithNoTests']],
    env: { CI_REPORT: '1' },
    // Only after a passing build; otherwise the build-output tests build for themselves.
    envIfBuilt: { EMANET_SHELL_OUT: shellOut },
    report: path.join(reportsDir, 'vitest.json'),
    count(r) {
      const loadFailures = (r.testResults ?? []).filter(
        (f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0,
      ).length;
      return {
        passed: r.numPassedTests ?? 0,
        failed: (r.numFailedTests ?? 0) + loadFailures,
        skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
        notes: loadFailures ? [`${loadFailures} test file(s) failed to load`] : [],
      };
    },
  },
  {
    name: 'playwright',
    commands: [[path.join(bin, 'playwright'), 'test']],
    // After a passing build, the e2e tests serve its renderer instead of building their own.
    envIfBuilt: { EMANET_SHELL_OUT: shellOut },
    report: path.join(reportsDir, 'playwright.json'),
    count(r) {
      const s = r.stats ?? {};
      const errors = (r.errors ?? []).length;
      const notes = [];
      if (s.flaky) notes.push(`${s.flaky} flaky (counted as failed)`);
      if (errors)
        notes.push(`${errors} error(s) outside tests: ${r.errors.map((e) => firstLine(e.message)).join(' | ')}`);
      return {
        passed: s.expected ?? 0,
        failed: (s.unexpected ?? 0) + (s.flaky ?? 0) + errors,
        skipped: s.skipped ?? 0,
        notes,
      };
    },
  },
];

const { failed } = await runSteps(steps, { cwd: root, env });
process.exitCode = failed > 0 ? 1 : 0;
