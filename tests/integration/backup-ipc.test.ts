import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { codeOf, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';
import { call, ours, seedVault } from './backup-helpers';

describe('backup, retention and panic wipe over IPC', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let backupFile: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-backup-ipc-'));
    const vaultDir = join(dir, 'vault');
    const seeded = await seedVault(vaultDir);
    await seeded.backend.dispose();
    backupFile = join(dir, 'chosen.emanet-backup');
    // The same folder behind a backend whose dialogs "choose" our file.
    backend = testBackend({
      vaultDir,
      clock: fakeClock(),
      saveDialog: (name) => {
        expect(name).toMatch(/^emanet-\d{4}-\d{2}-\d{2}\.emanet-backup$/);
        return Promise.resolve(backupFile);
      },
      openDialog: () => Promise.resolve(backupFile),
    });
    await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  const secret = { kind: 'passphrase' as const, value: STRONG_PASSPHRASE };
  // Any input, valid or not, as a compromised renderer could send it.
  const code = async (channel: Parameters<Backend['invoke']>[0], input: unknown) =>
    codeOf(await backend.invoke(channel, input, ours));

  it('create, verify, wipe, restore: the lawyer’s whole path', async () => {
    expect(await call(backend, 'backup:create', {})).toMatchObject({ cancelled: false, documents: 3 });
    expect(await call(backend, 'backup:verify', { secret })).toMatchObject({ cancelled: false, documents: 3 });
    expect(await call(backend, 'cases:dueForDeletion', {})).toEqual({ cases: [] });
    expect(await code('cases:purgeDue', { confirmation: 'yes' })).toBe('VALIDATION');
    expect(await call(backend, 'cases:purgeDue', { confirmation: 'DELETE' })).toEqual({ purged: 0, documents: 0 });

    expect(await code('vault:restoreBackup', { secret })).toBe('FORBIDDEN');
    await call(backend, 'vault:lock', {});
    expect(await code('vault:restoreBackup', { secret })).toBe('VAULT_EXISTS');

    expect(await code('vault:panicWipe', { confirmation: 'wipe' })).toBe('VALIDATION');
    await call(backend, 'vault:panicWipe', { confirmation: 'WIPE' });
    expect(await call(backend, 'vault:status', {})).toMatchObject({ exists: false, unlocked: false });

    expect(await call(backend, 'vault:restoreBackup', { secret })).toMatchObject({ cancelled: false, documents: 3 });
    await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await backend.documents.verify()).every((r) => r.ok)).toBe(true);
  });
});
