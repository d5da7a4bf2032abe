import { lstat, mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src-main/backend';
import { runBackupCommand } from '../../../src-main/cli/backup-commands';
import type { CliIo } from '../../../src-main/cli/io';
import { backupVault, restoreBackup } from '../../../src-main/services/backup';
import { fakeClock } from '../../../src-main/services/clock';
import { silentLogger } from '../../../src-main/services/logger';
import { AppError } from '../../../src-main/shared/errors';
import { vaultPaths } from '../../../src-main/storage/vault-paths';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../../helpers/temp-vault';
import { call, hashTree, ours, seedVault, type Seeded } from '../backup-helpers';

async function backupCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env: { EMANET_LANG: 'en', EMANET_PASSPHRASE: STRONG_PASSPHRASE },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    promptSecret: () => Promise.resolve(null),
  };
  return { code: await runBackupCommand(args, io), stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('items 11 and 12: restore targets, overwrites, paths and sizes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let seeded: Seeded;
  let vaultDir: string;
  let backupFile: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-leaks-'));
    vaultDir = join(dir, 'vault');
    seeded = await seedVault(vaultDir);
    await mkdir(join(dir, 'out'));
    backupFile = join(dir, 'out', 'vault.emanet-backup');
    await backupVault(seeded.backend.vault, vaultPaths(vaultDir), fakeClock(), backupFile);
  });
  afterEach(async () => {
    await seeded.backend.dispose();
    await cleanup();
  });

  it('item 11: restore --force onto a symbolic link is refused and destroys nothing through the link', async () => {
    // The link points at a real vault (another one, fully populated).
    const real = join(dir, 'real-vault');
    await seedVault(real).then((s) => s.backend.dispose());
    const before = await hashTree(real);
    const link = join(dir, 'link-to-vault');
    await symlink(real, link);

    const service = await restoreBackup(backupFile, { kind: 'passphrase', value: STRONG_PASSPHRASE }, link, {
      replaceExisting: true,
    }).then(
      () => 'OK',
      (e: unknown) => (e instanceof AppError ? `${e.code} ${e.details?.join(',')}` : String(e)),
    );
    expect(service).toBe('FORBIDDEN restore.targetIsLink');
    const cli = await backupCli(['backup', 'restore', backupFile, '--vault', link, '--force', '--json']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('symbolic link');
    expect(await hashTree(real)).toEqual(before);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
  });

  it('item 12: backup create --out refuses an existing file without --force, and replaces it with --force', async () => {
    const out = join(dir, 'out', 'existing.emanet-backup');
    await writeFile(out, 'the lawyer’s own file');
    const refused = await backupCli(['backup', 'create', '--vault', vaultDir, '--out', out, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(await readFile(out, 'utf8')).toBe('the lawyer’s own file');
    const forced = await backupCli(['backup', 'create', '--vault', vaultDir, '--out', out, '--force', '--json']);
    expect(forced.code).toBe(0);
    expect((await readFile(out)).subarray(0, 6).toString('latin1')).toBe('EMNBAK');
  });

  it('item 12: settings:get and backup:chooseAutoFolder give the renderer a folder name, never a path', async () => {
    const stick = join(dir, 'Ayşe Yılmaz', 'USB YEDEK');
    await mkdir(stick, { recursive: true });
    const backend: Backend = createBackend({
      vaultDir: join(dir, 'other-vault'),
      allowedOrigins: [ours.origin],
      kdf: TEST_KDF,
      clock: fakeClock(),
      logger: silentLogger,
      openFolderDialog: () => Promise.resolve(stick),
    });
    try {
      await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
      const chosen = await call(backend, 'backup:chooseAutoFolder', {});
      const settings = await call(backend, 'settings:get', {});
      for (const answer of [chosen, settings]) {
        const text = JSON.stringify(answer);
        expect(text).toContain('USB YEDEK');
        expect(text).not.toContain(dir);
        expect(text).not.toContain('Ayşe Yılmaz');
      }
      expect(settings).toMatchObject({ autoBackupFolderName: 'USB YEDEK' });
    } finally {
      await backend.dispose();
    }
  });

  it('item 12: vault:startRestore while locked says a vault is there, not how many files or bytes it holds', async () => {
    await call(seeded.backend, 'vault:lock', {});
    const answer = await seeded.backend.invoke(
      'vault:startRestore',
      { secret: { kind: 'passphrase', value: STRONG_PASSPHRASE } },
      ours,
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'VAULT_EXISTS', message: 'The vault folder is not empty', details: ['existing.isVault:true'] },
    });
  });
});
