import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { calibrateCost, isBelow, MIN_PRODUCTION_COST, type KdfCost } from '../crypto/kdf';
import {
  createKeySlotFile,
  keySlotFileSchema,
  replaceSlot,
  unwrapMasterKey,
  type KeySlot,
  type KeySlotFile,
  type SlotKind,
} from '../crypto/key-slots';
import { generateRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key';
import { deriveSubkey, type SubkeyPurpose } from '../crypto/subkeys';
import { openVaultDatabase, type Db, type OpenDatabase } from '../db/connection';
import {
  databaseOpensWith,
  MissingDatabaseError,
  PlaintextDatabaseError,
  WrongDatabaseKeyError,
} from '../db/sqlcipher';
import { AppError } from '../shared/errors';
import { AUTO_LOCK_DEFAULT } from '../shared/schemas/vault';
import { writeFileAtomic } from '../storage/atomic-write';
import { DIR_MODE, FILE_MODE, type VaultPaths } from '../storage/vault-paths';
import type { Clock } from './clock';
import { ratePassphrase } from './passphrase-strength';
import { withSecret } from './secret-buffer';
import { recordAudit } from './audit-log';
import { getSettings } from './settings-service';

export interface VaultServiceDeps {
  paths: VaultPaths;
  clock: Clock;
  /**
   * Argon2id cost for new key slots. Omitted in production: creation then calibrates to about a
   * second on this machine. Tests and the demo vault pass cheaper costs explicitly.
   */
  kdfCost?: KdfCost;
  /**
   * Runs while the vault is still open, before a lock by the lawyer, by idleness or at quit (not
   * on suspend or screen lock, which must lock at once): the automatic backup. Its failure never
   * prevents the lock.
   */
  beforeLock?: (reason: LockReason) => Promise<void>;
  /** Called after every lock, whatever caused it (button, idle, suspend). */
  onLocked?: () => void;
}

interface Unlocked {
  masterKey: Buffer;
  databaseKey: Buffer;
  database: OpenDatabase;
  vaultId: string;
}

/** Why the vault locks: 'system' (suspend, screen lock) must be immediate; the others may back up first. */
export type LockReason = 'user' | 'idle' | 'system' | 'quit';

export interface VaultService {
  exists(): Promise<boolean>;
  isUnlocked(): boolean;
  create(passphrase: string): Promise<{ recoveryKey: string }>;
  /**
   * Creates a demo vault (passphrase `demo`, marked as demo, cheap KDF: nothing in it is real)
   * and leaves it unlocked so the caller can fill it.
   */
  createDemo(): Promise<void>;
  /**
   * Whether the vault in the folder is a demo vault (false when there is none): its key file
   * says so AND the public passphrase `demo` unwraps the key that opens its database.
   */
  isDemo(): Promise<boolean>;
  /** Deletes a demo vault's files so the lawyer can create their own; refused for a real vault. */
  discardDemo(): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  unlockWithRecoveryKey(recoveryKey: string): Promise<void>;
  changePassphrase(current: string, next: string): Promise<void>;
  /** Records that the raw database key was handed out (CLI `vault db-key`). */
  recordKeyExport(): Promise<void>;
  /** Sets a new passphrase with the recovery key as proof, for a lawyer who forgot the old one. */
  resetPassphrase(recoveryKey: string, next: string): Promise<void>;
  lock(reason?: LockReason): Promise<void>;
  /** The open database, or LOCKED. */
  db(): Db;
  /**
   * The raw SQLCipher key, for the lawyer's own use with external tools (no lock-in). This is the
   * live Buffer, not a copy: it is zero-filled at the next lock, so a borrower cannot keep it.
   */
  borrowDatabaseKey(): Buffer;
  /**
   * A fresh subkey of the master key for one purpose (e.g. wrapping the report signing keys),
   * so that the database key handed out by `vault db-key` cannot unwrap them. The caller owns the
   * returned Buffer and zero-fills it after use.
   */
  deriveKey(purpose: Exclude<SubkeyPurpose, 'database'>): Buffer;
  touch(): void;
  setAutoLockMinutes(minutes: number): void;
  /** Locks when nothing happened for longer than the auto-lock setting. */
  checkIdle(): Promise<boolean>;
}

const DB_SIDE_FILES = ['', '-wal', '-shm'];

/** The demo vault holds only fictional people, so its passphrase is public and its KDF cheap. */
export const DEMO_PASSPHRASE = 'demo';
const DEMO_KDF_COST: KdfCost = { memoryKiB: 8192, iterations: 1, parallelism: 1 };

export function createVaultService(deps: VaultServiceDeps): VaultService {
  const { paths, clock } = deps;
  let state: Unlocked | null = null;
  let lastActivity = clock.now();
  let autoLockMinutes = AUTO_LOCK_DEFAULT;
  // Unlock, lock and passphrase changes run one at a time: two overlapping unlocks must not
  // open the database twice, and a lock must not interleave with an unlock half-way through.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function exists(): Promise<boolean> {
    try {
      await stat(paths.keySlots);
      return true;
    } catch {
      return false;
    }
  }

  async function readSlotFile(): Promise<KeySlotFile> {
    return (await readSlotFileText()).file;
  }

  async function readSlotFileText(): Promise<{ file: KeySlotFile; text: string }> {
    let raw: string;
    try {
      raw = await readFile(paths.keySlots, 'utf8');
    } catch {
      throw new AppError('NO_VAULT', 'No vault in this folder');
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new AppError('INTEGRITY', 'The key file is damaged');
    }
    const parsed = keySlotFileSchema.safeParse(json);
    // An unknown format version is refused outright; guessing could destroy access to the vault.
    if (!parsed.success) throw new AppError('INTEGRITY', 'The key file is damaged or from an unsupported version');
    return { file: parsed.data, text: raw };
  }

  /**
   * `"demo": true` in keys.json is only a claim: anyone who can write the file can add it. It
   * counts when the public passphrase `demo` unwraps a master key AND that key opens this
   * vault's database (a planted slot could wrap any key, but not the one the database needs).
   */
  async function isAuthenticDemo(file: KeySlotFile): Promise<boolean> {
    if (file.demo !== true) return false;
    const opened = await withSecret(DEMO_PASSPHRASE, (secret) => unwrapMasterKey(file, 'passphrase', secret));
    if (!opened) return false;
    const databaseKey = deriveSubkey(opened.masterKey, file.vaultId, 'database');
    opened.masterKey.fill(0);
    try {
      return databaseOpensWith(paths.database, databaseKey);
    } finally {
      databaseKey.fill(0);
    }
  }

  // vault:status asks often; a planted flag on a real vault would cost a full derivation each
  // time, so the answer is kept for as long as the key file is byte-identical.
  let demoAnswer: { text: string; demo: boolean } | null = null;
  async function isDemo(): Promise<boolean> {
    if (!(await exists())) return false;
    const { file, text } = await readSlotFileText();
    if (file.demo !== true) return false;
    if (demoAnswer?.text !== text) demoAnswer = { text, demo: await isAuthenticDemo(file) };
    return demoAnswer.demo;
  }

  /** The cost of a new wrap: the test's, else the opening slot's own, never below the floor. */
  async function costAfter(used: KeySlot): Promise<KdfCost> {
    if (deps.kdfCost) return deps.kdfCost;
    const { memoryKiB, iterations, parallelism } = used.kdf;
    return isBelow(used.kdf, MIN_PRODUCTION_COST) ? calibrateCost() : { memoryKiB, iterations, parallelism };
  }

  /**
   * A slot below the floor that does not say it is cheap on purpose predates the floor's
   * enforcement (an old `--insecure-test-kdf` passphrase change wrote such slots into real
   * vaults): re-wrapped at once, with the secret that just opened it. Best effort: the vault is
   * open either way, and the next unlock tries again.
   */
  async function strengthen(file: KeySlotFile, kind: SlotKind, secret: string): Promise<void> {
    const unlocked = state;
    if (!unlocked) return;
    const demo = kind === 'passphrase' && secret === DEMO_PASSPHRASE && file.demo === true;
    const cost = deps.kdfCost ?? (demo ? DEMO_KDF_COST : await calibrateCost());
    const updated = await withSecret(secret, (s) => replaceSlot(file, kind, s, unlocked.masterKey, cost));
    await writeFileAtomic(paths.keySlots, JSON.stringify(updated, null, 2), FILE_MODE);
  }

  async function unlockWith(kind: SlotKind, secret: string, wrong: string): Promise<void> {
    const slotFile = await readSlotFile();
    if (state) return;
    const opened = await withSecret(secret, (s) => unwrapMasterKey(slotFile, kind, s));
    if (!opened) throw new AppError('WRONG_PASSPHRASE', wrong);
    await openWithMasterKey(opened.masterKey, slotFile.vaultId);
    if (opened.weakLegacy) await strengthen(slotFile, kind, secret).catch(() => undefined);
  }

  async function openWithMasterKey(masterKey: Buffer, vaultId: string): Promise<void> {
    const databaseKey = deriveSubkey(masterKey, vaultId, 'database');
    let database: OpenDatabase;
    try {
      database = await openVaultDatabase(paths.database, databaseKey, { create: false });
    } catch (error) {
      databaseKey.fill(0);
      masterKey.fill(0);
      if (error instanceof WrongDatabaseKeyError)
        throw new AppError('INTEGRITY', 'The database does not match the key file');
      if (error instanceof MissingDatabaseError) throw new AppError('INTEGRITY', 'The database file is missing');
      if (error instanceof PlaintextDatabaseError)
        throw new AppError('INTEGRITY', 'The database file is not encrypted');
      throw error;
    }
    state = { masterKey, databaseKey, database, vaultId };
    lastActivity = clock.now();
    autoLockMinutes = (await getSettings(database.db)).autoLockMinutes;
    await recordAudit(database.db, clock, { action: 'unlocked', entity: 'vault' });
  }

  async function lockNow(reason: LockReason = 'system'): Promise<void> {
    if (!state) return;
    if (reason !== 'system' && deps.beforeLock) await deps.beforeLock(reason).catch(() => undefined);
    const current = state;
    if (!current) return;
    state = null;
    try {
      // Best effort: a lock must happen even when the event cannot be written (disk full).
      await recordAudit(current.database.db, clock, { action: 'locked', entity: 'vault' }).catch(() => undefined);
      await current.database.close();
    } finally {
      current.masterKey.fill(0);
      current.databaseKey.fill(0);
      deps.onLocked?.();
    }
  }

  /** Database files left by a creation that crashed before its key file was written. */
  async function setAsideOrphans(): Promise<void> {
    const suffix = `.orphaned-${clock.now()}`;
    for (const side of DB_SIDE_FILES) {
      await rename(paths.database + side, paths.database + side + suffix).catch(() => undefined);
    }
  }

  /**
   * Rewraps the master key under a new passphrase. Only the key file changes: the master key,
   * the database and every document stay byte-identical. Consumes (zero-fills) the master key.
   * The cost comes from the slot that actually opened, never from another slot in the file.
   */
  async function replacePassphrase(slotFile: KeySlotFile, opened: { masterKey: Buffer; slot: KeySlot }, next: string) {
    const { masterKey } = opened;
    try {
      const rating = ratePassphrase(next);
      if (!rating.acceptable) throw new AppError('WEAK_PASSPHRASE', 'The new passphrase is too weak', rating.reasons);
      const cost = await costAfter(opened.slot);
      const updated = await withSecret(next, (secret) => replaceSlot(slotFile, 'passphrase', secret, masterKey, cost));
      await writeFileAtomic(paths.keySlots, JSON.stringify(updated, null, 2), FILE_MODE);
    } finally {
      masterKey.fill(0);
    }
  }

  /**
   * The database first, the key file last: until the key file exists there is no vault, and a
   * crash in between leaves only debris that the next creation sets aside.
   */
  async function createVault(passphrase: string, recoveryKey: string, cost: KdfCost, demo: boolean): Promise<void> {
    await mkdir(paths.dir, { recursive: true, mode: DIR_MODE });
    await chmod(paths.dir, DIR_MODE);
    await setAsideOrphans();
    await lockNow();
    const masterKey = randomBytes(32);
    const created = await withSecret(passphrase, (pass) =>
      withSecret(recoveryKey, (recovery) => createKeySlotFile(pass, recovery, masterKey, cost, new Date(clock.now()))),
    );
    const slotFile = demo ? { ...created, demo: true as const } : created;
    const databaseKey = deriveSubkey(masterKey, slotFile.vaultId, 'database');
    const database = await openVaultDatabase(paths.database, databaseKey, { create: true });
    try {
      await writeFileAtomic(paths.keySlots, JSON.stringify(slotFile, null, 2), FILE_MODE);
    } catch (error) {
      await database.close();
      databaseKey.fill(0);
      masterKey.fill(0);
      throw error;
    }
    state = { masterKey, databaseKey, database, vaultId: slotFile.vaultId };
    lastActivity = clock.now();
    autoLockMinutes = (await getSettings(database.db)).autoLockMinutes;
    await recordAudit(database.db, clock, { action: 'created', entity: 'vault' });
  }

  function requireUnlocked(): Unlocked {
    if (!state) throw new AppError('LOCKED', 'The vault is locked');
    return state;
  }

  return {
    exists,
    isUnlocked: () => state !== null,

    create: (passphrase) =>
      serial(async () => {
        if (await exists()) throw new AppError('VAULT_EXISTS', 'A vault already exists here');
        const rating = ratePassphrase(passphrase);
        if (!rating.acceptable) throw new AppError('WEAK_PASSPHRASE', 'The passphrase is too weak', rating.reasons);
        const recoveryKey = generateRecoveryKey();
        await createVault(passphrase, recoveryKey, deps.kdfCost ?? (await calibrateCost()), false);
        return { recoveryKey };
      }),

    createDemo: () =>
      serial(async () => {
        if (await exists()) throw new AppError('VAULT_EXISTS', 'A vault already exists here');
        await createVault(DEMO_PASSPHRASE, generateRecoveryKey(), DEMO_KDF_COST, true);
      }),

    isDemo,

    discardDemo: () =>
      serial(async () => {
        const slotFile = await readSlotFile();
        if (!(await isAuthenticDemo(slotFile))) throw new AppError('FORBIDDEN', 'Only a demo vault can be discarded');
        await lockNow();
        // The key file first: without it the rest is unreadable, even if removing them fails.
        await rm(paths.keySlots, { force: true });
        for (const side of DB_SIDE_FILES) await rm(paths.database + side, { force: true });
        await rm(paths.documents, { recursive: true, force: true });
      }),

    unlock: (passphrase) => serial(() => unlockWith('passphrase', passphrase, 'Wrong passphrase')),

    unlockWithRecoveryKey: (typed) =>
      serial(async () => {
        const recoveryKey = parseRecoveryKey(typed);
        if (!recoveryKey) {
          await readSlotFile();
          if (state) return;
          throw new AppError('WRONG_PASSPHRASE', 'This is not a valid recovery key');
        }
        await unlockWith('recovery', recoveryKey, 'Wrong recovery key');
      }),

    // Needs no open database: the current passphrase itself proves ownership, and nothing but
    // the key file may change.
    changePassphrase: (current, next) =>
      serial(async () => {
        const slotFile = await readSlotFile();
        const opened = await withSecret(current, (secret) => unwrapMasterKey(slotFile, 'passphrase', secret));
        if (!opened) throw new AppError('WRONG_PASSPHRASE', 'Wrong current passphrase');
        await replacePassphrase(slotFile, opened, next);
      }),

    resetPassphrase: (typed, next) =>
      serial(async () => {
        const slotFile = await readSlotFile();
        const recoveryKey = parseRecoveryKey(typed);
        const opened = recoveryKey
          ? await withSecret(recoveryKey, (secret) => unwrapMasterKey(slotFile, 'recovery', secret))
          : null;
        if (!opened) throw new AppError('WRONG_PASSPHRASE', 'Wrong recovery key');
        await replacePassphrase(slotFile, opened, next);
      }),

    lock: (reason) => serial(() => lockNow(reason ?? 'user')),

    db: () => requireUnlocked().database.db,

    borrowDatabaseKey: () => requireUnlocked().databaseKey,

    deriveKey: (purpose) => {
      const { masterKey, vaultId } = requireUnlocked();
      return deriveSubkey(masterKey, vaultId, purpose);
    },

    recordKeyExport: () => recordAudit(requireUnlocked().database.db, clock, { action: 'exported', entity: 'vault' }),

    touch() {
      lastActivity = clock.now();
    },

    setAutoLockMinutes(minutes) {
      autoLockMinutes = minutes;
    },

    checkIdle: () =>
      serial(async () => {
        if (!state) return false;
        if (clock.now() - lastActivity < autoLockMinutes * 60_000) return false;
        await lockNow('idle');
        return true;
      }),
  };
}
