import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { FILE_MODE } from '../storage/vault-paths';

export type SqliteHandle = Database.Database;

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

/** Builds the keying statement from bytes we validate ourselves, never from outside text. */
export function rawKeyPragma(key: Buffer): string {
  if (key.length !== 32) throw new Error('The database key must be 32 bytes');
  const hex = key.toString('hex');
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('Invalid database key');
  return `PRAGMA key = "x'${hex}'"`;
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
    // Order matters: choose the cipher and its SQLCipher 4 settings before the key.
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.exec(rawKeyPragma(key));
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
