import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { verifyBackup } from '../../src-main/services/backup';
import { fakeClock } from '../../src-main/services/clock';
import { channelsOf, OURS as ours, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

describe('automatic backup on lock and quit', () => {
  let dir: string;
  let stick: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));

  const { call } = channelsOf(() => backend);
  const ourFiles = async () => (await readdir(stick)).filter((n) => n.endsWith('.emanet-backup')).sort();
  const unlockThenLock = async (advanceMs: number) => {
    clock.advance(advanceMs);
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    await call('vault:lock', {});
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    stick = join(dir, 'usb');
    await mkdir(stick);
    backend = testBackend({
      vaultDir: join(dir, 'vault'),
      clock,
      openFolderDialog: () => Promise.resolve(stick),
    });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
    await call('intake:create', {
      client: { givenName: 'Otomatik', familyName: 'Yedek' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('is off until a folder is chosen in the main process; the renderer cannot set the folder', async () => {
    await call('vault:lock', {});
    expect(await ourFiles()).toEqual([]);
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    const refused = await backend.invoke('settings:update', { autoBackupFolder: '/tmp/elsewhere' }, ours);
    expect(refused.ok ? 'OK' : refused.error.code).toBe('VALIDATION');
    // Only the folder's name crosses to the renderer, never its path.
    expect(await call('backup:chooseAutoFolder', {})).toEqual({ folder: 'usb', foreignFiles: 0 });
  });

  it('backs up on the lawyer’s lock, on idle lock and at quit, keeps the newest N, and never on suspend', async () => {
    await call('backup:chooseAutoFolder', {});
    await call('settings:update', { autoBackupKeep: 2 });
    await writeFile(join(stick, 'notes-of-the-lawyer.txt'), 'not ours');

    await call('vault:lock', {});
    expect(await ourFiles()).toEqual(['emanet-20261128T090000Z.emanet-backup']);
    await unlockThenLock(60_000);
    await unlockThenLock(60_000);
    expect(await ourFiles()).toEqual([
      'emanet-20261128T090100Z.emanet-backup',
      'emanet-20261128T090200Z.emanet-backup',
    ]);
    expect(await readdir(stick)).toContain('notes-of-the-lawyer.txt');

    // Suspend or screen lock must lock at once: no backup.
    clock.advance(60_000);
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    await backend.lock();
    expect((await ourFiles()).at(-1)).toBe('emanet-20261128T090200Z.emanet-backup');

    // Idle lock backs up; so does quitting.
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    clock.advance(6 * 60_000);
    expect(await backend.checkIdle()).toBe(true);
    expect((await ourFiles()).at(-1)).toBe('emanet-20261128T090900Z.emanet-backup');
    clock.advance(60_000);
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    await backend.dispose();
    const newest = (await ourFiles()).at(-1)!;
    expect(newest).toBe('emanet-20261128T091000Z.emanet-backup');

    // The backups are real: they verify with the passphrase, and the last backup date is recorded.
    expect(await verifyBackup(join(stick, newest), { kind: 'passphrase', value: STRONG_PASSPHRASE })).toMatchObject({
      ok: true,
    });
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await call('settings:get', {})).lastBackupAt).toBe('2026-11-28T09:10:00.000Z');
    await call('backup:disableAuto', {});
    await call('vault:lock', {});
    expect((await ourFiles()).at(-1)).toBe(newest);
  });
});
