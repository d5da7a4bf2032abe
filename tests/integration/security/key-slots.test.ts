import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/main';
import type { CliIo } from '../../../src-main/cli/io';
import { openVaultDatabase } from '../../../src-main/db/connection';
import { MIN_PRODUCTION_COST, type KdfCost } from '../../../src-main/crypto/kdf';
import { keySlotFileSchema, unwrapMasterKey, wrapMasterKey } from '../../../src-main/crypto/key-slots';
import { deriveSubkey } from '../../../src-main/crypto/subkeys';
import { fakeClock } from '../../../src-main/services/clock';
import { createVaultService } from '../../../src-main/services/vault-service';
import { AppError } from '../../../src-main/shared/errors';
import { vaultPaths } from '../../../src-main/storage/vault-paths';
import { makeTempDir, OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, TEST_KDF } from '../../helpers/temp-vault';
import { call, openBackend } from '../backup-helpers';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'key-slots');
/** Production-grade costs (at the floor and above it), the cheapest that still count as real. */
const FLOOR: KdfCost = MIN_PRODUCTION_COST;
const ABOVE_FLOOR: KdfCost = { ...MIN_PRODUCTION_COST, iterations: MIN_PRODUCTION_COST.iterations + 1 };

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: unknown) => (e instanceof AppError ? `${e.code}${e.details ? ` ${e.details.join(',')}` : ''}` : String(e)),
  );
const readSlots = async (file: string) => keySlotFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
const costOf = (kdf: KdfCost) => ({ memoryKiB: kdf.memoryKiB, iterations: kdf.iterations });

async function cli(args: string[], env: Record<string, string>) {
  const err: string[] = [];
  const io: CliIo = {
    env,
    stdout: () => undefined,
    stderr: (t) => err.push(t),
    promptSecret: () => Promise.resolve(null),
  };
  return { code: await runCli(args, io), stderr: err.join('\n') };
}

describe('key slots', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir('emanet-slots-')));
  afterEach(() => cleanup());

  it('item 8: --insecure-test-kdf is refused on an existing vault, which keeps its key file', async () => {
    const vaultDir = join(dir, 'vault');
    const env = {
      EMANET_LANG: 'en',
      EMANET_PASSPHRASE: STRONG_PASSPHRASE,
      EMANET_NEW_PASSPHRASE: OTHER_STRONG_PASSPHRASE,
    };
    expect((await cli(['vault', 'init', '--vault', vaultDir, '--insecure-test-kdf', '--json'], env)).code).toBe(0);
    const before = await readFile(join(vaultDir, 'keys.json'));
    const run = await cli(['vault', 'change-passphrase', '--vault', vaultDir, '--insecure-test-kdf', '--json'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('only creates a new test vault');
    expect(await readFile(join(vaultDir, 'keys.json'))).toEqual(before);
  });

  it('item 8: a junk passphrase slot placed before the real one decides nothing: the key file is refused', async () => {
    const paths = vaultPaths(join(dir, 'vault'));
    await createVaultService({ paths, clock: fakeClock(), kdfCost: ABOVE_FLOOR }).create(STRONG_PASSPHRASE);
    const file = await readSlots(paths.keySlots);
    const junk = await wrapMasterKey(file.vaultId, 'passphrase', randomBytes(16), randomBytes(32), FLOOR);
    await writeFile(paths.keySlots, JSON.stringify({ ...file, slots: [junk, ...file.slots] }));
    const before = await readFile(paths.keySlots);
    // A production vault service: no test cost, so the cost of the new slot is the file's to decide.
    const vault = createVaultService({ paths, clock: fakeClock() });
    expect(await codeOf(vault.changePassphrase(STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE))).toBe('INTEGRITY');
    expect(await codeOf(vault.unlock(STRONG_PASSPHRASE))).toBe('INTEGRITY');
    expect(await readFile(paths.keySlots)).toEqual(before);
  });

  it('item 8: a new passphrase takes its cost from the slot that unwrapped, not from another slot', async () => {
    const paths = vaultPaths(join(dir, 'vault'));
    const created = createVaultService({ paths, clock: fakeClock(), kdfCost: ABOVE_FLOOR });
    const { recoveryKey } = await created.create(STRONG_PASSPHRASE);
    await created.lock();
    // The passphrase slot now costs less than the recovery slot (both at or above the floor).
    await createVaultService({ paths, clock: fakeClock(), kdfCost: FLOOR }).changePassphrase(
      STRONG_PASSPHRASE,
      OTHER_STRONG_PASSPHRASE,
    );
    await createVaultService({ paths, clock: fakeClock() }).resetPassphrase(recoveryKey, STRONG_PASSPHRASE);
    const [passphrase, recovery] = (await readSlots(paths.keySlots)).slots;
    expect(recovery?.kind).toBe('recovery');
    expect(costOf(passphrase?.kdf ?? FLOOR)).toEqual(costOf(ABOVE_FLOOR));
  });

  it('item 8: a slot below the floor that was not made cheap on purpose is re-wrapped at the floor when the vault opens', async () => {
    // The frozen v1 key file was written before the floor was enforced: 8 MiB, one pass, no mark.
    const paths = vaultPaths(join(dir, 'vault'));
    await makeVaultFromFixture(paths.dir);
    const before = await readSlots(paths.keySlots);
    expect(costOf(before.slots[0]?.kdf ?? FLOOR)).toEqual({ memoryKiB: 8192, iterations: 1 });
    const vault = createVaultService({ paths, clock: fakeClock() });
    await vault.unlock(STRONG_PASSPHRASE);
    await vault.lock();
    const after = await readSlots(paths.keySlots);
    const [passphrase, recovery] = after.slots;
    expect(passphrase?.kind).toBe('passphrase');
    expect(passphrase?.kdf.memoryKiB).toBeGreaterThanOrEqual(FLOOR.memoryKiB);
    expect(passphrase?.kdf.iterations).toBeGreaterThanOrEqual(FLOOR.iterations);
    // Only the slot that opened was re-wrapped (the recovery key was not typed).
    expect(recovery).toEqual(before.slots[1]);
    await vault.unlock(STRONG_PASSPHRASE);
    expect(vault.isUnlocked()).toBe(true);
    await vault.lock();
  });

  it('item 8: a cheap test vault, made so on purpose, is not re-wrapped', async () => {
    const paths = vaultPaths(join(dir, 'vault'));
    await createVaultService({ paths, clock: fakeClock(), kdfCost: TEST_KDF }).create(STRONG_PASSPHRASE);
    const before = await readFile(paths.keySlots);
    const vault = createVaultService({ paths, clock: fakeClock() });
    await vault.unlock(STRONG_PASSPHRASE);
    await vault.lock();
    expect(await readFile(paths.keySlots)).toEqual(before);
  });

  it('item 9: "demo": true added to a real vault\'s key file does not let vault:discardDemo delete it', async () => {
    const vaultDir = join(dir, 'vault');
    const backend = openBackend(vaultDir);
    await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
    await call(backend, 'vault:lock', {});
    const paths = vaultPaths(vaultDir);
    const file = await readSlots(paths.keySlots);
    // The flag alone, then the flag with a slot that `demo` does open (wrapping some other key).
    const planted = await wrapMasterKey(file.vaultId, 'passphrase', Buffer.from('demo'), randomBytes(32), TEST_KDF);
    for (const forged of [
      { ...file, demo: true },
      { ...file, demo: true, slots: [planted, ...file.slots.filter((s) => s.kind !== 'passphrase')] },
    ]) {
      await writeFile(paths.keySlots, JSON.stringify(forged));
      expect((await call(backend, 'vault:status', {})).demo).toBe(false);
      const discarded = await backend.invoke('vault:discardDemo', {}, { origin: 'app://emanet', trusted: true });
      expect(discarded).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await backend.vault.exists()).toBe(true);
      expect((await readFile(paths.database)).length).toBeGreaterThan(0);
    }
    await writeFile(paths.keySlots, JSON.stringify(file));
    await call(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
    await backend.dispose();
  });

  async function makeVaultFromFixture(vaultDir: string): Promise<void> {
    const paths = vaultPaths(vaultDir);
    await mkdir(vaultDir, { recursive: true, mode: 0o700 });
    await copyFile(join(FIXTURES, 'keys.json'), paths.keySlots);
    const file = await readSlots(paths.keySlots);
    const masterKey = Buffer.from((await readFile(join(FIXTURES, 'master-key.hex'), 'utf8')).trim(), 'hex');
    const database = await openVaultDatabase(paths.database, deriveSubkey(masterKey, file.vaultId, 'database'), {
      create: true,
    });
    await database.close();
  }
});

describe('item 3: key derivation cancelled', () => {
  it('item 3: an abort during the key derivation stops the unwrap instead of returning the key', async () => {
    const file = JSON.parse(await readFile(join(FIXTURES, 'keys.json'), 'utf8'));
    const controller = new AbortController();
    const pending = unwrapMasterKey(
      keySlotFileSchema.parse(file),
      'passphrase',
      Buffer.from(STRONG_PASSPHRASE.normalize('NFC')),
      controller.signal,
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
