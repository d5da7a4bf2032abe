import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupVault, verifyBackup } from '../../../src-main/services/backup';
import { fakeClock } from '../../../src-main/services/clock';
import { vaultPaths } from '../../../src-main/storage/vault-paths';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault';
import { seedVault, type Seeded } from '../backup-helpers';
import { addManyVersions } from './many-versions';

describe('item 2: backups that always restore', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let seeded: Seeded;
  let vaultDir: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-backup-limits-'));
    vaultDir = join(dir, 'vault');
    seeded = await seedVault(vaultDir);
  });
  afterEach(async () => {
    await seeded.backend.dispose();
    await cleanup();
  });

  it('item 2: a vault with 10,000 document versions gives a backup that verify accepts', async () => {
    const [first] = seeded.documents;
    await addManyVersions(seeded.backend, vaultPaths(vaultDir).documents, first?.id ?? '', 10_000);
    await mkdir(join(dir, 'out'));
    const file = join(dir, 'out', 'many.emanet-backup');
    const phases = new Set<string>();
    const made = await backupVault(seeded.backend.vault, vaultPaths(vaultDir), fakeClock(), file, {
      onProgress: (p) => phases.add(p.phase),
    });
    expect(made.documents).toBe(10_003);
    const verified = await verifyBackup(file, { kind: 'passphrase', value: STRONG_PASSPHRASE });
    expect(verified.documents).toBe(10_003);
    // create read its own file back as a reader before it said "done".
    expect([...phases]).toEqual(['snapshot', 'copy', 'verify', 'done']);
  }, 240_000);
});
