import { mkdir, readFile, stat, writeFile, rm, readdir } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../src-main/services/clock';
import { createVaultService, type VaultService } from '../../src-main/services/vault-service';
import { vaultPaths, type VaultPaths } from '../../src-main/storage/vault-paths';
import { AppError } from '../../src-main/shared/errors';
import { updateSettings } from '../../src-main/services/settings-service';
import { hashFolder, makeTempDir, OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof AppError ? error.code : `non-app error: ${String(error)}`;
  }
}

describe('vault service on a real SQLCipher file', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let paths: VaultPaths;
  let clock: ReturnType<typeof fakeClock>;
  let vault: VaultService;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    paths = vaultPaths(`${dir}/vault`);
    clock = fakeClock();
    vault = createVaultService({ paths, clock, kdfCost: TEST_KDF });
  });
  afterEach(async () => {
    await vault.lock();
    await cleanup();
  });

  it('creates an encrypted vault with owner-only permissions and a hand-copyable recovery key', async () => {
    const { recoveryKey } = await vault.create(STRONG_PASSPHRASE);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(vault.isUnlocked()).toBe(true);
    await vault.lock();

    const header = (await readFile(paths.database)).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
    expect((await stat(paths.dir)).mode & 0o777).toBe(0o700);
    for (const name of await readdir(paths.dir)) {
      expect({ name, mode: (await stat(`${paths.dir}/${name}`)).mode & 0o777 }).toEqual({ name, mode: 0o600 });
    }
    const slots = JSON.parse(await readFile(paths.keySlots, 'utf8'));
    expect(slots.version).toBe(1);
    expect(slots.slots.map((s: { kind: string }) => s.kind).sort()).toEqual(['passphrase', 'recovery']);
    expect(JSON.stringify(slots)).not.toContain(recoveryKey);
  });

  it('opens with WAL, foreign keys and secure_delete on, in SQLCipher 4 mode', async () => {
    await vault.create(STRONG_PASSPHRASE);
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`PRAGMA ${name}`).execute(vault.db())).rows[0] as Record<string, unknown>)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('secure_delete')).toBe(1);
    expect(await pragma('cipher')).toBe('sqlcipher');
    expect(String(await pragma('legacy'))).toBe('4');
  });

  it('refuses a weak passphrase with reasons and writes nothing', async () => {
    const error = await vault.create('galatasaray1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('WEAK_PASSPHRASE');
    expect((error as AppError).details).toContain('tooGuessable');
    await expect(stat(paths.dir)).rejects.toThrow();
  });

  it('refuses to create over an existing vault', async () => {
    await vault.create(STRONG_PASSPHRASE);
    expect(await codeOf(vault.create(OTHER_STRONG_PASSPHRASE))).toBe('VAULT_EXISTS');
  });

  it('unlocks with the passphrase and with the recovery key (typed loosely), and keeps data across locks', async () => {
    const { recoveryKey } = await vault.create(STRONG_PASSPHRASE);
    await updateSettings(vault.db(), { lawyerName: 'Av. Deneme' }, clock);
    await vault.lock();
    expect(await codeOf(Promise.resolve().then(() => vault.db()))).toBe('LOCKED');

    await vault.unlock(STRONG_PASSPHRASE);
    expect(
      (await vault.db().selectFrom('setting').select('value').where('key', '=', 'lawyerName').executeTakeFirst())
        ?.value,
    ).toBe('"Av. Deneme"');
    await vault.lock();

    const typedByHand = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    await vault.unlockWithRecoveryKey(typedByHand);
    expect(vault.isUnlocked()).toBe(true);
  });

  it('a wrong passphrase or recovery key opens nothing and leaves every file byte-identical', async () => {
    await vault.create(STRONG_PASSPHRASE);
    await vault.lock();
    const before = await hashFolder(paths.dir);

    expect(await codeOf(vault.unlock(OTHER_STRONG_PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(await codeOf(vault.unlockWithRecoveryKey('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH'))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await codeOf(vault.unlockWithRecoveryKey('not a key'))).toBe('WRONG_PASSPHRASE');
    expect(vault.isUnlocked()).toBe(false);
    expect(await hashFolder(paths.dir)).toEqual(before);
  });

  it('changing the passphrase rewrites only the key-slot file; the old one then fails', async () => {
    const { recoveryKey } = await vault.create(STRONG_PASSPHRASE);
    await vault.lock();
    await vault.unlock(STRONG_PASSPHRASE);
    // Settle the WAL so the database files do not change merely because a checkpoint ran.
    await vault.lock();
    await vault.unlock(STRONG_PASSPHRASE);
    const before = await hashFolder(paths.dir);

    expect(await codeOf(vault.changePassphrase(OTHER_STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE))).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(await codeOf(vault.changePassphrase(STRONG_PASSPHRASE, 'password123'))).toBe('WEAK_PASSPHRASE');
    expect(await hashFolder(paths.dir)).toEqual(before);

    await vault.changePassphrase(STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE);
    const after = await hashFolder(paths.dir);
    const changed = Object.keys(after).filter((name) => after[name] !== before[name]);
    expect(changed).toEqual(['keys.json']);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());

    await vault.lock();
    expect(await codeOf(vault.unlock(STRONG_PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    await vault.unlock(OTHER_STRONG_PASSPHRASE);
    await vault.lock();
    await vault.unlockWithRecoveryKey(recoveryKey);
    expect(vault.isUnlocked()).toBe(true);
  });

  it('a passphrase typed in decomposed form (as macOS may send it) unlocks the same vault', async () => {
    await vault.create(STRONG_PASSPHRASE);
    await vault.lock();
    await vault.unlock(STRONG_PASSPHRASE.normalize('NFD'));
    expect(vault.isUnlocked()).toBe(true);
  });

  it('lock zero-fills the database key and closes the database', async () => {
    await vault.create(STRONG_PASSPHRASE);
    const key = vault.borrowDatabaseKey();
    expect(key.some((b) => b !== 0)).toBe(true);
    await vault.lock();
    expect(key.every((b) => b === 0)).toBe(true);
    expect(() => vault.db()).toThrow(AppError);
  });

  it('fails closed on a plaintext or missing database', async () => {
    await vault.create(STRONG_PASSPHRASE);
    await vault.lock();
    await rm(paths.database);
    expect(await codeOf(vault.unlock(STRONG_PASSPHRASE))).toBe('INTEGRITY');
    await writeFile(paths.database, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]));
    expect(await codeOf(vault.unlock(STRONG_PASSPHRASE))).toBe('INTEGRITY');
    expect(vault.isUnlocked()).toBe(false);
  });

  it('refuses a key file of an unknown version instead of guessing', async () => {
    await vault.create(STRONG_PASSPHRASE);
    await vault.lock();
    const slots = JSON.parse(await readFile(paths.keySlots, 'utf8'));
    await writeFile(paths.keySlots, JSON.stringify({ ...slots, version: 2 }));
    expect(await codeOf(vault.unlock(STRONG_PASSPHRASE))).toBe('INTEGRITY');
  });

  it('locks after the idle timeout on a fake clock, and activity postpones it', async () => {
    await vault.create(STRONG_PASSPHRASE);
    clock.advance(4 * 60_000);
    expect(await vault.checkIdle()).toBe(false);
    vault.touch();
    clock.advance(4 * 60_000 + 59_000);
    expect(await vault.checkIdle()).toBe(false);
    expect(vault.isUnlocked()).toBe(true);
    clock.advance(1_000);
    expect(await vault.checkIdle()).toBe(true);
    expect(vault.isUnlocked()).toBe(false);
  });

  it('a creation that crashed before writing its key file leaves debris that the next creation sets aside', async () => {
    await vault.create(STRONG_PASSPHRASE);
    await vault.lock();
    await rm(paths.keySlots);
    expect(await vault.exists()).toBe(false);
    await vault.create(OTHER_STRONG_PASSPHRASE);
    await vault.lock();
    await vault.unlock(OTHER_STRONG_PASSPHRASE);
    expect((await readdir(paths.dir)).some((n) => n.includes('.orphaned-'))).toBe(true);
  });
});

describe('forgotten passphrase', () => {
  it('the recovery key sets a new passphrase, changing only the key file; the old one fails, the key still works', async () => {
    const { dir, cleanup } = await makeTempDir();
    const paths = vaultPaths(`${dir}/vault`);
    const vault = createVaultService({ paths, clock: fakeClock(), kdfCost: TEST_KDF });
    try {
      const { recoveryKey } = await vault.create(STRONG_PASSPHRASE);
      await vault.lock();
      await vault.unlock(STRONG_PASSPHRASE);
      await vault.lock();
      const before = await hashFolder(paths.dir);

      expect(
        await codeOf(vault.resetPassphrase('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', OTHER_STRONG_PASSPHRASE)),
      ).toBe('WRONG_PASSPHRASE');
      expect(await codeOf(vault.resetPassphrase(recoveryKey, 'qwerty123'))).toBe('WEAK_PASSPHRASE');
      expect(await hashFolder(paths.dir)).toEqual(before);

      await vault.resetPassphrase(recoveryKey.toLowerCase(), OTHER_STRONG_PASSPHRASE);
      const after = await hashFolder(paths.dir);
      expect(Object.keys(after).filter((f) => after[f] !== before[f])).toEqual(['keys.json']);
      expect(await codeOf(vault.unlock(STRONG_PASSPHRASE))).toBe('WRONG_PASSPHRASE');
      await vault.unlock(OTHER_STRONG_PASSPHRASE);
      await vault.lock();
      await vault.unlockWithRecoveryKey(recoveryKey);
      expect(vault.isUnlocked()).toBe(true);
    } finally {
      await vault.lock();
      await cleanup();
    }
  });
});

describe('demo vault', () => {
  it('opens with "demo", is marked as demo, and only a demo vault can be discarded', async () => {
    const { dir, cleanup } = await makeTempDir();
    const paths = vaultPaths(`${dir}/vault`);
    const vault = createVaultService({ paths, clock: fakeClock(), kdfCost: TEST_KDF });
    try {
      await vault.createDemo();
      expect(await vault.isDemo()).toBe(true);
      await vault.lock();
      await vault.unlock('demo');
      await mkdir(paths.documents);
      await writeFile(`${paths.documents}/0123456789abcdef0123456789abcdef`, 'encrypted demo document');
      await vault.discardDemo();
      await expect(stat(paths.documents)).rejects.toThrow();
      expect(vault.isUnlocked()).toBe(false);
      expect(await vault.exists()).toBe(false);
      expect((await readdir(paths.dir)).filter((n) => n.startsWith('emanet.db') || n === 'keys.json')).toEqual([]);

      await vault.create(STRONG_PASSPHRASE);
      expect(await vault.isDemo()).toBe(false);
      expect(await codeOf(vault.discardDemo())).toBe('FORBIDDEN');
      expect(await vault.exists()).toBe(true);
    } finally {
      await vault.lock();
      await cleanup();
    }
  });
});
