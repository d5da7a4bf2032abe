import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupVault, restoreBackup, verifyBackup } from '../../../src-main/services/backup';
import { createJobStore, MAX_JOBS } from '../../../src-main/services/backup/jobs';
import { MAX_RECORDS } from '../../../src-main/services/backup/format';
import { fakeClock } from '../../../src-main/services/clock';
import { AppError } from '../../../src-main/shared/errors';
import { vaultPaths } from '../../../src-main/storage/vault-paths';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault';
import { hashTree, seedVault, type Seeded } from '../backup-helpers';
import { manyEmptyRecords, withForgedKeys } from './forge-backup';

const secret = { kind: 'passphrase', value: STRONG_PASSPHRASE } as const;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? `${e.code} ${(e.details ?? []).join(',')}` : String(e)),
  );

describe('item 3: untrusted backups', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let seeded: Seeded;
  let backupFile: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-untrusted-'));
    seeded = await seedVault(join(dir, 'vault'));
    await mkdir(join(dir, 'out'));
    backupFile = join(dir, 'out', 'real.emanet-backup');
    await backupVault(seeded.backend.vault, vaultPaths(join(dir, 'vault')), fakeClock(), backupFile);
  });
  afterEach(async () => {
    await seeded.backend.dispose();
    await cleanup();
  });

  it('item 3: a backup whose key file claims more Argon2 memory, passes or lanes than calibrateCost can produce is refused before any derivation', async () => {
    const claims = [
      { memoryKiB: 1024 * 1024 },
      { iterations: 64 },
      { parallelism: 16 },
      // Below anything Emanet writes, too: 1 MiB, one pass.
      { memoryKiB: 1024, iterations: 1 },
    ];
    for (const [i, claim] of claims.entries()) {
      const forged = join(dir, 'out', `cost-${i}.emanet-backup`);
      await withForgedKeys(backupFile, forged, (keys) => ({
        ...keys,
        slots: keys.slots.map((s) => ({ ...s, kdf: { ...s.kdf, ...claim } })),
      }));
      expect(await failure(verifyBackup(forged, secret))).toBe('INTEGRITY backup.keys');
    }
  });

  it('item 3: a backup with more than one key slot of a kind is refused before any derivation', async () => {
    const forged = join(dir, 'out', 'slots.emanet-backup');
    await withForgedKeys(backupFile, forged, (keys) => ({
      ...keys,
      slots: [...keys.slots, ...keys.slots, ...keys.slots],
    }));
    expect(await failure(verifyBackup(forged, secret))).toBe('INTEGRITY backup.keys');
    const target = join(dir, 'restored');
    expect(await failure(restoreBackup(forged, secret, target))).toBe('INTEGRITY backup.keys');
    expect(await readdir(dir)).not.toContain('restored');
  });

  it('item 3: more records than a backup may hold are refused at the first one too many', async () => {
    const forged = join(dir, 'out', 'records.emanet-backup');
    await manyEmptyRecords(backupFile, forged, MAX_RECORDS + 1_000);
    expect(await failure(verifyBackup(forged, secret))).toBe('INTEGRITY backup.too-many-records');
  });

  it('item 3: a cancelled restore ends as cancelled, leaves the target as it was and no staging folder, and frees its job', async () => {
    // Restoring over an existing vault (confirmed), cancelled at once.
    const target = join(dir, 'target');
    await seedVault(target).then((s) => s.backend.dispose());
    const before = await hashTree(target);
    const jobs = createJobStore<unknown>();
    const jobId = jobs.start(({ signal }) =>
      restoreBackup(backupFile, secret, target, { replaceExisting: true, signal }),
    );
    jobs.cancel(jobId);
    await expect.poll(() => jobs.get(jobId).finished, { timeout: 60_000 }).toBe(true);
    expect(jobs.get(jobId)).toMatchObject({ finished: true, cancelled: true });
    expect(await hashTree(target)).toEqual(before);
    expect((await readdir(dir)).filter((n) => n.endsWith('.restore') || n.endsWith('.replaced'))).toEqual([]);
    // The cancelled job no longer holds a place: the pool takes MAX_JOBS new ones.
    const more = Array.from({ length: MAX_JOBS }, () => jobs.start(() => Promise.resolve(null)));
    expect(more).toHaveLength(MAX_JOBS);
  });
});
