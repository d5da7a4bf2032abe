// `npm test`: vitest, then Playwright (both always run), then one summary line read from their
// JSON reports. The LAST line printed is `N passed, N failed, N skipped`; exit 1 if anything
// failed, a runner crashed or a report is missing. Plain ESM so it runs without a build step.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'node_modules', '.bin');
const reportsDir = path.join(root, 'reports');
// Children find the pinned Node 24 (node_modules/.bin/node) first even when this script was
// started with the system Node: native modules built for 24 crash on 20.
const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` };

const suites = [
  {
    name: 'vitest',
    command: [path.join(bin, 'vitest'), 'run', '--passWithNoTests'],
    env: { CI_REPORT: '1' },
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
    command: [path.join(bin, 'playwright'), 'test'],
    env: {},
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

function firstLine(text) {
  return stripVTControlCharacters(String(text ?? ''))
    .trim()
    .split('\n')[0]
    .slice(0, 200);
}

mkdirSync(reportsDir, { recursive: true });
for (const suite of suites) rmSync(suite.report, { force: true });

const results = [];
for (const suite of suites) {
  console.log(`\n=== ${suite.name}: ${path.basename(suite.command[0])} ${suite.command.slice(1).join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(suite.command[0], suite.command.slice(1), {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...suite.env },
  });
  const seconds = (Date.now() - started) / 1000;
  const exit = run.error
    ? `failed to start (${run.error.message})`
    : run.signal
      ? `killed by ${run.signal}`
      : run.status;

  let counts;
  if (!existsSync(suite.report)) {
    counts = {
      passed: 0,
      failed: 1,
      skipped: 0,
      notes: [`no report at ${path.relative(root, suite.report)} (runner exit: ${exit})`],
    };
  } else {
    try {
      counts = suite.count(JSON.parse(readFileSync(suite.report, 'utf8')));
    } catch (error) {
      counts = { passed: 0, failed: 1, skipped: 0, notes: [`unreadable report: ${error.message}`] };
    }
    if (exit !== 0 && counts.failed === 0) {
      counts.failed = 1;
      counts.notes.push(`runner exited ${exit} but its report shows no failed test (crash or error outside tests)`);
    }
  }
  results.push({ name: suite.name, seconds, ...counts });
}

console.log('\n=== summary');
for (const r of results) {
  console.log(
    `${r.name.padEnd(11)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)`,
  );
  for (const note of r.notes) console.log(`${''.padEnd(11)} ! ${note}`);
}
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
const failed = total('failed');
console.log(`${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
