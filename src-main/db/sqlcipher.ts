import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { FILE_MODE } from '../storage/vault-paths';

export type SqliteHandle = Database.Database;

/** better-sqlite3's typings lack the cipher build's `key(buffer)` (sqlite3_key). */
type KeyableHandle = SqliteHandle & { key(key: Buffer): number };

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export class WrongDatabaseKeyError extends Error {
  constructor() {
    super('The database key does not open this database');
    this.name = 'WrongDatabaseKeyError';
  }
}

export class MissingDatabaseError extends Error {
  constructor() {
    super('The database file is missing');
    this.name = 'MissingDatabaseError';
  }
}

export class PlaintextDatabaseError extends Error {
  constructor() {
    super('The database file is not encrypted');
    this.name = 'PlaintextDatabaseError';
  }
}

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
const QUOTE = 0x27;
const X = 0x78;

/**
 * SQLCipher's raw-key form, `x'<64 hex digits>'`, as BYTES: SQLite3 Multiple Ciphers recognises
 * it in the key it is given and then skips its own KDF. Written digit by digit into a Buffer,
 * because a JS string of the key (`key.toString('hex')`, a template literal) is immutable and
 * stays in the heap, copied by every GC, long after the vault locked. The caller zero-fills it.
 */
function rawKeyLiteral(key: Buffer): Buffer {
  if (key.length !== 32) throw new Error('The database key must be 32 bytes');
  const literal = Buffer.alloc(3 + key.length * 2);
  literal[0] = X;
  literal[1] = QUOTE;
  for (let i = 0; i < key.length; i++) {
    const byte = key[i] ?? 0;
    literal[2 + 2 * i] = HEX_DIGITS[byte >> 4] ?? 0;
    literal[3 + 2 * i] = HEX_DIGITS[byte & 0x0f] ?? 0;
  }
  literal[literal.length - 1] = QUOTE;
  return literal;
}

/**
 * Keys a fresh connection, the one way every connection in Emanet is keyed (the vault, backup
 * snapshots, verification and restore copies):
 *
 * 1. The cipher and its SQLCipher 4 settings first: the library's default cipher is another one.
 * 2. The raw key from a Buffer (`sqlite3_key`), never a `PRAGMA key` string; the Buffer holding
 *    its `x'…'` form is zero-filled at once.
 * 3. `temp_store = MEMORY` right after keying: this build defaults to temp FILES, and statement
 *    journals, sorter spills and temp tables are written there UNENCRYPTED (deleting a trash full
 *    of notes put note text in $TMPDIR). It must read back 2, or the connection is refused.
 */
export function keyConnection(db: SqliteHandle, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  const literal = rawKeyLiteral(key);
  try {
    if ((db as KeyableHandle).key(literal) !== 0) throw new Error('The database could not be keyed');
  } finally {
    literal.fill(0);
  }
  db.pragma('temp_store = MEMORY');
  if (db.pragma('temp_store', { simple: true }) !== 2) throw new Error('SQLite temp storage is not in memory');
}

function startsWithPlaintextHeader(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(PLAINTEXT_HEADER.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.equals(PLAINTEXT_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens (or creates) a SQLCipher 4 database with a raw 32-byte key and fails closed:
 * a plaintext file is refused before keying, a wrong key is caught by reading right after
 * keying (SQLCipher only notices at the first read), and the cipher must report as active.
 */
export function openEncryptedDatabase(path: string, key: Buffer, options: { create: boolean }): SqliteHandle {
  if (startsWithPlaintextHeader(path)) throw new PlaintextDatabaseError();
  if (!existsSync(path)) {
    // An unlock must never quietly start an empty database in place of a missing one.
    if (!options.create) throw new MissingDatabaseError();
    // Create the file ourselves with owner-only permissions; SQLite gives -wal and -shm the same mode.
    closeSync(openSync(path, 'wx', FILE_MODE));
  }
  const db = new Database(path);
  try {
    keyConnection(db, key);
    try {
      db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    } catch {
      throw new WrongDatabaseKeyError();
    }
    const cipher = db.pragma('cipher', { simple: true });
    if (cipher !== 'sqlcipher') throw new Error('SQLCipher is not active');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('synchronous = FULL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Whether `key` opens the database at `path`, without changing it: a short connection that reads
 * the schema and closes (as the last connection it also removes the -wal and -shm it made).
 * For checks made while the vault is locked, such as whether a key file's claims are true.
 */
export function databaseOpensWith(path: string, key: Buffer): boolean {
  if (!existsSync(path) || startsWithPlaintextHeader(path)) return false;
  const db = new Database(path, { fileMustExist: true });
  try {
    keyConnection(db, key);
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    return db.pragma('cipher', { simple: true }) === 'sqlcipher';
  } catch {
    return false;
  } finally {
    db.close();
  }
}
