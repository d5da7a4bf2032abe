import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-vault';
import { runCrashRounds } from '../crash/harness';
import { scaled } from '../helpers/timing';

/**
 * kill -9 while writing (tests/crash/): a few rounds in CI; `bench/crash-soak.ts` runs 100.
 * Backups are only as good as the vault they copy, so this lives with the backup tests.
 */
describe('crash safety', () => {
  it(
    '5 SIGKILLs mid-write: integrity ok, every reported commit present, every document readable',
    async () => {
      const { dir, cleanup } = await makeTempDir('emanet-crash-');
      try {
        const summary = await runCrashRounds(dir, 5);
        expect(summary.problems).toEqual([]);
        expect(summary).toMatchObject({ rounds: 5, lost: 0, unreadable: 0, integrityFailures: 0, strangers: 0 });
        expect(summary.committed).toBeGreaterThan(0);
      } finally {
        await cleanup();
      }
    },
    scaled(120_000),
  );
});
