/**
 * Crash soak: 100 rounds of the kill -9 harness (tests/crash/harness.ts) on one vault, then the
 * figures. Zero lost, zero unreadable and zero integrity failures is the only passing result.
 *
 *   npx tsx bench/crash-soak.ts [ROUNDS]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashRounds } from '../crash/harness';

const rounds = Number(process.argv[2] ?? 100);
const dir = await mkdtemp(join(tmpdir(), 'emanet-soak-'));
const started = performance.now();
try {
  const summary = await runCrashRounds(dir, rounds, {
    onRound: (round, s) => {
      if (round % 10 === 0) console.log(`round ${round}/${rounds}: ${s.committed} commits, ${s.lost} lost`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `crash soak: ${summary.rounds} SIGKILL rounds, ${summary.committed} reported commits, ` +
      `${summary.lost} lost, ${summary.unreadable} unreadable, ${summary.integrityFailures} integrity failures, ` +
      `${summary.strangers} stray names, ${summary.debris} debris files swept (${seconds} s)`,
  );
  for (const problem of summary.problems.slice(0, 20)) console.log(`  ${problem}`);
  process.exitCode = summary.lost + summary.unreadable + summary.integrityFailures + summary.strangers === 0 ? 0 : 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
