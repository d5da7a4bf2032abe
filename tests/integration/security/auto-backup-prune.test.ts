import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src-main/backend';
import { verifyBackup } from '../../../src-main/services/backup';
import { fakeClock } from '../../../src-main/services/clock';
import { silentLogger } from '../../../src-main/services/logger';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../../helpers/temp-vault';
import { call } from '../backup-helpers';

describe('item 5: automatic backup pruning', () => {
  let dir: string;
  let stick: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let clock = fakeClock();
  const backups = async () => (await readdir(stick)).filter((n) => n.endsWith('.emanet-backup')).sort();
  const lockAndUnlock = async () => {
    await call(backend, 'vault:lock', {});
    clock.advance(60_000);
    await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-prune-'));
    clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
    stick = join(dir, 'usb');
    await mkdir(stick);
    backend = createBackend({
      vaultDir: join(dir, 'vault'),
      allowedOrigins: ['app://emanet'],
      kdf: TEST_KDF,
      clock,
      logger: silentLogger,
      openFolderDialog: () => Promise.resolve(stick),
    });
    await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('item 5: files planted in the folder under future look-alike names never make pruning delete the real backups; they are reported', async () => {
    const planted = [1, 2, 3, 4, 5].map((i) => `emanet-2099010${i}T000000Z.emanet-backup`);
    for (const name of planted) await writeFile(join(stick, name), `planted ${name}`);
    expect(await call(backend, 'backup:chooseAutoFolder', {})).toEqual({ folder: 'usb', foreignFiles: 5 });
    await call(backend, 'settings:update', { autoBackupKeep: 2 });

    await lockAndUnlock();
    const first = (await backups()).filter((n) => !planted.includes(n));
    expect(first).toEqual(['emanet-20261128T090000Z.emanet-backup']);
    await lockAndUnlock();
    await lockAndUnlock();

    const real = (await backups()).filter((n) => !planted.includes(n));
    // The newest two real backups by recorded time; the planted files are untouched.
    expect(real).toEqual(['emanet-20261128T090100Z.emanet-backup', 'emanet-20261128T090200Z.emanet-backup']);
    for (const name of planted) expect(await readFile(join(stick, name), 'utf8')).toBe(`planted ${name}`);
    const settings = await call(backend, 'settings:get', {});
    expect(settings).toMatchObject({ autoBackupForeignFiles: 5, lastBackupAt: '2026-11-28T09:02:00.000Z' });
    expect(
      await verifyBackup(join(stick, real[1] ?? ''), { kind: 'passphrase', value: STRONG_PASSPHRASE }),
    ).toMatchObject({ ok: true });
  });

  it('item 5: a recorded backup whose bytes were replaced is not deleted, and a name already taken is never overwritten', async () => {
    await call(backend, 'backup:chooseAutoFolder', {});
    await call(backend, 'settings:update', { autoBackupKeep: 1 });
    await lockAndUnlock();
    const [ours] = await backups();
    // Someone swaps our recorded file for another one under the same name.
    await writeFile(join(stick, ours ?? ''), 'not the recorded bytes');
    // And plants a file under the very name the next backup would take.
    const next = 'emanet-20261128T090100Z.emanet-backup';
    await writeFile(join(stick, next), 'planted at the next name');
    await lockAndUnlock();
    expect(await readFile(join(stick, ours ?? ''), 'utf8')).toBe('not the recorded bytes');
    expect(await readFile(join(stick, next), 'utf8')).toBe('planted at the next name');
    const fresh = (await backups()).filter((n) => n !== ours && n !== next);
    expect(fresh).toEqual(['emanet-20261128T090100Z-2.emanet-backup']);
    expect(
      await verifyBackup(join(stick, fresh[0] ?? ''), { kind: 'passphrase', value: STRONG_PASSPHRASE }),
    ).toMatchObject({ ok: true });
    expect((await call(backend, 'settings:get', {})).autoBackupForeignFiles).toBe(2);
  });
});
