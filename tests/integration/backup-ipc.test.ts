import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { silentLogger } from '../../src-main/services/logger';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';
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
    backend = createBackend({
      vaultDir,
      allowedOrigins: [ours.origin],
      kdf: TEST_KDF,
      clock: fakeClock(),
      logger: silentLogger,
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
  const code = async (channel: Parameters<Backend['invoke']>[0], input: unknown) => {
    const r = await backend.invoke(channel, input, ours);
    return r.ok ? 'OK' : r.error.code;
  };

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
