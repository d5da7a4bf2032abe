// The engine of `npm test` (tests/run-all.mjs lists the steps): runs every step, whatever the
// previous one did (in order, or several at once where the list says so), and sums what they report. A check step (no report)
// counts as one passed or one failed test by its exit code; a suite step counts its tests from its
// JSON report, and fails once more if its runner exited non-zero without a failed test in it.
// Plain ESM so it runs without a build step; tests/unit/run-steps.test.ts drives it.
import { spawn } from 'node:child_process';
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
 *   together?: string,
 * }} Step
 * `envIfBuilt` is added to the step's environment only when a step named `build` passed before it.
 * Consecutive steps with the same `together` name run at the same time (their output is printed
 * whole, one step after the other); the next step starts when all of them are done.
 */

/** A step that passes or fails as a whole: its exit code is its result. */
export const check = (name, commands, env = {}, together = undefined) => ({
  name,
  commands,
  env,
  report: null,
  together,
});

export function firstLine(text) {
  return stripVTControlCharacters(String(text ?? ''))
    .trim()
    .split('\n')[0]
    .slice(0, 200);
}

/**
 * Runs the commands one after another, stopping at the first failure; resolves to how it ended.
 * With `buffer`, their output is collected and returned instead of streamed (steps that run
 * together print one after the other, not interleaved).
 */
function runCommands(commands, { cwd, env, log, buffer }) {
  return new Promise((resolve) => {
    let output = '';
    const next = (i) => {
      if (i >= commands.length) return resolve({ exit: 0, output });
      const [command, ...args] = commands[i];
      const header = `\n--- ${path.basename(command)} ${args.join(' ')}\n`;
      if (buffer) output += `${header}\n`;
      else log(header);
      const child = spawn(command, args, { cwd, env, stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
      if (buffer) {
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
      }
      child.once('error', (error) => resolve({ exit: `failed to start (${error.message})`, output }));
      child.once('close', (status, signal) => {
        const exit = signal ? `killed by ${signal}` : status;
        if (exit !== 0) resolve({ exit, output });
        else next(i + 1);
      });
    };
    next(0);
  });
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

/** Consecutive steps with the same `together` name run at the same time; others alone. */
function batches(steps) {
  const out = [];
  for (const step of steps) {
    const last = out.at(-1);
    if (step.together && last?.[0].together === step.together) last.push(step);
    else out.push([step]);
  }
  return out;
}

/**
 * Runs `steps` in `cwd` and prints a summary whose LAST line is `N passed, N failed, N skipped`.
 * Resolves to the per-step results (in the steps' order) and the total of failures.
 * @param {Step[]} steps
 */
export async function runSteps(steps, { cwd, env = process.env, log = console.log }) {
  for (const step of steps) {
    if (step.report) {
      mkdirSync(path.dirname(step.report), { recursive: true });
      rmSync(step.report, { force: true });
    }
  }
  const results = [];
  for (const batch of batches(steps)) {
    const built = results.find((r) => r.name === 'build')?.failed === 0;
    const together = batch.length > 1;
    if (together) log(`\n=== ${batch.map((s) => s.name).join(', ')}: at the same time, each printed when done`);
    const finished = await Promise.all(
      batch.map(async (step) => {
        if (!together) log(`\n=== ${step.name}`);
        const started = Date.now();
        const stepEnv = { ...env, ...step.env, ...(built ? step.envIfBuilt : {}) };
        const { exit, output } = await runCommands(step.commands, { cwd, env: stepEnv, log, buffer: together });
        const seconds = (Date.now() - started) / 1000;
        if (together) log(`\n=== ${step.name} (${seconds.toFixed(1)} s)${output}`);
        return { name: step.name, seconds, ...countsOf(step, exit, cwd) };
      }),
    );
    results.push(...finished);
  }

  log('\n=== summary');
  for (const r of results) {
    log(
      `${r.name.padEnd(11)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)`,
    );
    for (const note of r.notes) log(`${''.padEnd(11)} ! ${note}`);
  }
  const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
  const failed = total('failed');
  log(`${total('passed')} passed, ${failed} failed, ${total('skipped')} skipped`);
  return { results, failed };
}
