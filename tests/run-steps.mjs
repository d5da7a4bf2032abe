// The engine of `npm test` (tests/run-all.mjs lists the steps): runs every step, one after the
// other, whatever the previous one did, and sums what they report. A check step (no report)
// counts as one passed or one failed test by its exit code; a suite step counts its tests from its
// JSON report, and fails once more if its runner exited non-zero without a failed test in it.
// Plain ESM so it runs without a build step; tests/unit/run-steps.test.ts drives it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/**
 * @typedef {{
 *   name: string,
 *   commands: string[][],
 *   env?: Record<string, string>,
 *   envIfBuilt?: Record<string, string>,
 *   report?: string | null,
 *   count?: (report: any) => { passed: number, failed: number, skipped: number, notes: string[] },
 * }} Step
 * `envIfBuilt` is added to the step's environment only when a step named `build` passed before it.
 */

/** A step that passes or fails as a whole: its exit code is its result. */
export const check = (name, commands, env = {}) => ({ name, commands, env, report: null });

export function firstLine(text) {
  return stripVTControlCharacters(String(text ?? ''))
    .trim()
    .split('\n')[0]
    .slice(0, 200);
}

/** Runs the commands one after another, stopping at the first failure; returns how it ended. */
function runCommands(commands, { cwd, env, log }) {
  for (const [command, ...args] of commands) {
    log(`\n--- ${path.basename(command)} ${args.join(' ')}\n`);
    const run = spawnSync(command, args, { cwd, stdio: 'inherit', env });
    const exit = run.error
      ? `failed to start (${run.error.message})`
      : run.signal
        ? `killed by ${run.signal}`
        : run.status;
    if (exit !== 0) return exit;
  }
  return 0;
}

function countsOf(step, exit, cwd) {
  if (!step.report) {
    return exit === 0
      ? { passed: 1, failed: 0, skipped: 0, notes: [] }
      : { passed: 0, failed: 1, skipped: 0, notes: [`exited ${exit}`] };
  }
  if (!existsSync(step.report)) {
    return {
      passed: 0,
      failed: 1,
      skipped: 0,
      notes: [`no report at ${path.relative(cwd, step.report)} (runner exit: ${exit})`],
    };
  }
  let counts;
  try {
    counts = step.count(JSON.parse(readFileSync(step.report, 'utf8')));
  } catch (error) {
    return { passed: 0, failed: 1, skipped: 0, notes: [`unreadable report: ${error.message}`] };
  }
  if (exit !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`runner exited ${exit} but its report shows no failed test (crash or error outside tests)`);
  }
  return counts;
}

/**
 * Runs `steps` in `cwd` and prints a summary whose LAST line is `N passed, N failed, N skipped`.
 * Returns the per-step results and the total of failures.
 * @param {Step[]} steps
 */
export function runSteps(steps, { cwd, env = process.env, log = console.log }) {
  for (const step of steps) {
    if (step.report) {
      mkdirSync(path.dirname(step.report), { recursive: true });
      rmSync(step.report, { force: true });
    }
  }
  const results = [];
  for (const step of steps) {
    log(`\n=== ${step.name}`);
    const built = results.find((r) => r.name === 'build')?.failed === 0;
    const started = Date.now();
    const stepEnv = { ...env, ...step.env, ...(built ? step.envIfBuilt : {}) };
    const exit = runCommands(step.commands, { cwd, env: stepEnv, log });
    const seconds = (Date.now() - started) / 1000;
    results.push({ name: step.name, seconds, ...countsOf(step, exit, cwd) });
  }

  log('\n=== summary');
  for (const r of results) {
    log(`${r.name.padEnd(11)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)`);
    for (const note of r.notes) log(`${''.padEnd(11)} ! ${note}`);
  }
  const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
  const failed = total('failed');
  log(`${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`);
  return { results, failed };
}
