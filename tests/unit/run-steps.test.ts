// `npm test`'s engine (tests/run-steps.mjs): check steps (typecheck, lint, build) count as one
// passed or failed test each, a failing step fails the run without stopping the others, steps
// marked together run at the same time, and the build's output folder is handed to later steps
// only when the build passed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { check as step, runSteps as run, type Counts } from '../run-steps.mjs';

const node = (code: string) => [process.execPath, '-e', code];
// The steps see only this environment: under `npm test` this very test runs with EMANET_SHELL_OUT
// set, which must not leak into the runs it makes.
const env = { PATH: process.env.PATH ?? '' };

describe('npm test steps', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'emanet-steps-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A suite step that writes a vitest-like report with what it saw of EMANET_SHELL_OUT. */
  const suite = (report: string) => ({
    name: 'suite',
    commands: [
      node(
        `require('fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify({ passed: 3, saw: process.env.EMANET_SHELL_OUT ?? null }))`,
      ),
    ],
    envIfBuilt: { EMANET_SHELL_OUT: '/built/here' },
    report,
    count: (r: { passed: number }): Counts => ({ passed: r.passed, failed: 0, skipped: 1, notes: [] }),
  });

  it('counts each check step as one test, keeps going after a failure, and sums everything on the last line', async () => {
    const lines: string[] = [];
    const marker = path.join(dir, 'second-command-ran');
    const report = path.join(dir, 'reports', 'suite.json');
    const { results, failed } = await run(
      [
        step('typecheck', [node(''), node('')]),
        step('lint', [node('process.exit(2)'), node(`require('fs').writeFileSync(${JSON.stringify(marker)}, '')`)]),
        step('build', [node('process.exit(1)')]),
        suite(report),
      ],
      { cwd: dir, env, log: (line) => lines.push(line) },
    );
    expect(results.map((r) => [r.name, r.passed, r.failed, r.skipped])).toEqual([
      ['typecheck', 1, 0, 0],
      ['lint', 0, 1, 0],
      ['build', 0, 1, 0],
      ['suite', 3, 0, 1],
    ]);
    expect(failed).toBe(2);
    expect(lines.at(-1)).toBe('4 passed, 2 failed, 1 skipped');
    // A step stops at its first failing command; the next step still runs.
    expect(existsSync(marker)).toBe(false);
    // The build failed: the suite did not get its output folder.
    expect(JSON.parse(readFileSync(report, 'utf8')).saw).toBeNull();
  });

  it('hands the build output to later steps when the build passed', async () => {
    const report = path.join(dir, 'suite.json');
    const { failed } = await run([step('build', [node('')]), suite(report)], { cwd: dir, env, log: () => undefined });
    expect(failed).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8')).saw).toBe('/built/here');
  });

  it('runs steps marked together at the same time, each counted and printed whole, before the next step', async () => {
    const lines: string[] = [];
    const marker = (name: string) => path.join(dir, name);
    // Each waits (polling, bounded) until the other has started: they can only both pass together.
    const waitFor = (self: string, other: string) =>
      node(
        `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(marker(self))}, '');` +
          `const until = Date.now() + 60000; const tick = () => fs.existsSync(${JSON.stringify(marker(other))}) ? console.log('${self} saw ${other}') : Date.now() > until ? process.exit(1) : setTimeout(tick, 10); tick();`,
      );
    const report = path.join(dir, 'suite.json');
    const { results, failed } = await run(
      [
        step('typecheck', [waitFor('a', 'b')], {}, 'checks'),
        step('build', [waitFor('b', 'a')], {}, 'checks'),
        step('lint', [node('process.exit(3)')], {}, 'checks'),
        suite(report),
      ],
      { cwd: dir, env, log: (line) => lines.push(line) },
    );
    expect(results.map((r) => [r.name, r.passed, r.failed])).toEqual([
      ['typecheck', 1, 0],
      ['build', 1, 0],
      ['lint', 0, 1],
      ['suite', 3, 0],
    ]);
    expect(failed).toBe(1);
    // Output comes whole per step, and the suite saw the build that passed in its batch.
    expect(lines.find((l) => l.startsWith('\n=== typecheck ('))).toContain('a saw b');
    expect(lines.find((l) => l.startsWith('\n=== build ('))).toContain('b saw a');
    expect(JSON.parse(readFileSync(report, 'utf8')).saw).toBe('/built/here');
  });

  it('fails a suite whose runner crashed before writing its report', async () => {
    const { results, failed } = await run(
      [{ ...suite(path.join(dir, 'never.json')), commands: [node('process.exit(1)')] }],
      { cwd: dir, env, log: () => undefined },
    );
    expect(failed).toBe(1);
    expect(results[0]?.notes.join(' ')).toContain('no report');
  });
});
