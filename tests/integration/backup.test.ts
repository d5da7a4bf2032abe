import { readdir, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/shared/errors';
import { backupVault, restoreBackup, verifyBackup } from '../../src-main/services/backup';
import { readBackupIndex } from '../../src-main/services/backup/read-backup';
import { vaultPaths } from '../../src-main/storage/vault-paths';
import { hashFolder, makeTempDir, STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE } from '../helpers/temp-vault';
import {
  call,
  CANARIES,
  documentHashes,
  dumpVault,
  hashTree,
  openBackend,
  seedVault,
  type Seeded,
} from './backup-helpers';
import { fakeClock } from '../../src-main/services/clock';

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

describe('backup and restore', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let vaultDir: string;
  let seeded: Seeded;
  let backupFile: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-backup-'));
    vaultDir = join(dir, 'vault');
    seeded = await seedVault(vaultDir);
    backupFile = join(dir, 'out', 'kasa.emanet-backup');
    await mkdir(join(dir, 'out'));
  });
  afterEach(async () => {
    await seeded.backend.dispose();
    await cleanup();
  });

  const backup = (options = {}) =>
    backupVault(seeded.backend.vault, vaultPaths(vaultDir), fakeClock(), backupFile, options);

  it('round trip: back up, delete the vault, restore with the recovery key; rows and documents identical', async () => {
    const before = await dumpVault(seeded.backend);
    const hashes = await documentHashes(
      seeded.backend,
      seeded.documents.map((d) => d.id),
    );
    expect(Object.values(hashes)).toEqual(seeded.documents.map((d) => d.sha256));
    const phases: string[] = [];
    const result = await backup({ onProgress: (p: { phase: string }) => phases.push(p.phase) });
    expect(result).toMatchObject({ file: backupFile, documents: 3 });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(phases).toContain('copy');
    expect(phases.at(-1)).toBe('done');
    // Only the backup is left in the output folder: no snapshot, no temp file.
    expect(await readdir(join(dir, 'out'))).toEqual(['kasa.emanet-backup']);

    await seeded.backend.dispose();
    await rm(vaultDir, { recursive: true });
    const restoredDir = join(dir, 'restored');
    const restored = await restoreBackup(backupFile, { kind: 'recovery', value: seeded.recoveryKey }, restoredDir);
    expect(restored).toMatchObject({ vault: restoredDir, documents: 3, replaced: null });
    expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);

    const again = openBackend(restoredDir);
    try {
      await call(again, 'vault:unlockWithRecoveryKey', { recoveryKey: seeded.recoveryKey });
      expect(await dumpVault(again)).toEqual(before);
      expect(
        await documentHashes(
          again,
          seeded.documents.map((d) => d.id),
        ),
      ).toEqual(hashes);
      expect((await again.documents.verify()).every((r) => r.ok)).toBe(true);
      await again.lock();
      // The passphrase slot came back too.
      await call(again, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
    } finally {
      await again.dispose();
    }
  });

  it('the backup holds no plaintext: no SQLite header, no client name, note or document text', async () => {
    await backup();
    const bytes = await readFile(backupFile);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    for (const canary of Object.values(CANARIES)) {
      expect(bytes.includes(Buffer.from(canary, 'utf8')), canary).toBe(false);
      expect(bytes.includes(Buffer.from(canary, 'utf16le')), canary).toBe(false);
    }
    expect(bytes.includes(Buffer.from('Abdullah'))).toBe(false);
    // The database entry on its own is an encrypted SQLite file.
    const index = await readBackupIndex(backupFile);
    const db = index.entries[1]!;
    const entry = bytes.subarray(db.offset, db.offset + db.size);
    expect(entry.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(entry.length).toBeGreaterThan(4096);
  });

  it('verify passes with the passphrase or the recovery key, and refuses a wrong one', async () => {
    await backup();
    expect(await verifyBackup(backupFile, { kind: 'passphrase', value: STRONG_PASSPHRASE })).toMatchObject({
      ok: true,
      documents: 3,
    });
    expect(await verifyBackup(backupFile, { kind: 'recovery', value: seeded.recoveryKey.toLowerCase() })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await codeOf(verifyBackup(backupFile, { kind: 'passphrase', value: OTHER_STRONG_PASSPHRASE }))).toBe(
      'WRONG_PASSPHRASE',
    );
  });

  it('one flipped byte anywhere fails verify and restore, and restore leaves the target untouched', async () => {
    await backup();
    const good = await readFile(backupFile);
    const index = await readBackupIndex(backupFile);
    const [keys, db, doc] = index.entries;
    const manifestStart = good.length - 40 - index.manifestBytes.length;
    const positions: Record<string, number> = {
      'header magic': 0,
      'header version': 6,
      'header reserved': 12,
      'record kind': 16,
      'keys entry': keys!.offset + 200,
      'keys vault id': keys!.offset + good.subarray(keys!.offset).indexOf('vaultId') + 12,
      'db length field': db!.offset - 1,
      'db entry start': db!.offset,
      'db entry middle': db!.offset + Math.floor(db!.size / 2),
      'document header': doc!.offset + 12,
      'document chunk': doc!.offset + Math.floor(doc!.size / 2),
      'document tag': doc!.offset + doc!.size - 1,
      'manifest start': manifestStart,
      'manifest middle': manifestStart + Math.floor(index.manifestBytes.length / 2),
      'manifest end': good.length - 41,
      'trailer magic': good.length - 40,
      'trailer mac': good.length - 1,
    };
    const target = join(dir, 'target');
    const existing = join(dir, 'existing');
    await mkdir(existing);
    await writeFile(join(existing, 'notes.txt'), 'not a vault, but not empty either');
    const existingBefore = await hashFolder(existing);
    for (const [where, at] of Object.entries(positions)) {
      const bad = Buffer.from(good);
      bad[at] = (bad[at] ?? 0) ^ 0x01;
      await writeFile(backupFile, bad);
      const secret = { kind: 'passphrase' as const, value: STRONG_PASSPHRASE };
      expect({ where, code: await codeOf(verifyBackup(backupFile, secret)) }).toEqual({ where, code: 'INTEGRITY' });
      expect({ where, code: await codeOf(restoreBackup(backupFile, secret, target)) }).toEqual({
        where,
        code: 'INTEGRITY',
      });
      expect(await readdir(target).catch(() => 'absent')).toBe('absent');
      expect(await codeOf(restoreBackup(backupFile, secret, existing, { replaceExisting: true }))).toBe('INTEGRITY');
      expect(await hashFolder(existing)).toEqual(existingBefore);
      expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([]);
    }
    // Cut short by a byte, or one byte too long.
    for (const bad of [good.subarray(0, good.length - 1), Buffer.concat([good, Buffer.from([0])])]) {
      await writeFile(backupFile, bad);
      expect(await codeOf(verifyBackup(backupFile, { kind: 'passphrase', value: STRONG_PASSPHRASE }))).toBe(
        'INTEGRITY',
      );
    }
  });

  it('never restores over a folder that is not empty without replaceExisting; with it, swaps the vault', async () => {
    await backup();
    const secret = { kind: 'passphrase' as const, value: STRONG_PASSPHRASE };
    await seeded.backend.dispose();
    const before = await hashTree(vaultDir);
    expect(await codeOf(restoreBackup(backupFile, secret, vaultDir))).toBe('VAULT_EXISTS');
    expect(await hashTree(vaultDir)).toEqual(before);

    const other = join(dir, 'other');
    const second = await seedVault(other);
    await second.backend.dispose();
    const result = await restoreBackup(backupFile, secret, other, { replaceExisting: true });
    expect(result.replaced).toMatchObject({ isVault: true });
    const again = openBackend(other);
    try {
      // The replaced vault is gone: its own recovery key no longer opens what is there.
      expect(
        (
          await again.invoke(
            'vault:unlockWithRecoveryKey',
            { recoveryKey: second.recoveryKey },
            { origin: 'app://emanet', trusted: true },
          )
        ).ok,
      ).toBe(false);
      await call(again, 'vault:unlockWithRecoveryKey', { recoveryKey: seeded.recoveryKey });
    } finally {
      await again.dispose();
    }
  });

  it('cancelling removes the temp files and leaves no backup; an existing backup stays as it was', async () => {
    await writeFile(backupFile, 'an older backup');
    const abort = new AbortController();
    const failed = backup({
      signal: abort.signal,
      onProgress: (p: { phase: string }) => {
        if (p.phase === 'copy') abort.abort();
      },
    });
    await expect(failed).rejects.toThrow();
    expect(await readdir(join(dir, 'out'))).toEqual(['kasa.emanet-backup']);
    expect(await readFile(backupFile, 'utf8')).toBe('an older backup');
  });

  it('a missing output folder is a clear error, not a crash', async () => {
    const code = await codeOf(
      backupVault(seeded.backend.vault, vaultPaths(vaultDir), fakeClock(), join(dir, 'nope', 'x.emanet-backup')),
    );
    expect(code).toBe('NOT_FOUND');
  });

  it('copies of the same backup restore anywhere', async () => {
    await backup();
    await copyFile(backupFile, join(dir, 'copy.emanet-backup'));
    const restored = await restoreBackup(
      join(dir, 'copy.emanet-backup'),
      { kind: 'passphrase', value: STRONG_PASSPHRASE },
      join(dir, 'r2'),
    );
    expect(restored.documents).toBe(3);
  });
});
