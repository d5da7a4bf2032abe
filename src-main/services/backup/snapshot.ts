import Database from 'better-sqlite3-multiple-ciphers';
import { sql } from 'kysely';
import { closeSync, openSync, readSync } from 'node:fs';
import type { Db } from '../../db/connection';
import { keyConnection, type SqliteHandle } from '../../db/sqlcipher';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A consistent copy of the open database, taken while the vault stays open. `VACUUM INTO` runs
 * in one read transaction (WAL writers are not blocked) and, in SQLite3 Multiple Ciphers, writes
 * the copy encrypted with the same cipher and key. The online backup API (`db.backup()`) is
 * refused here ("incompatible source and target databases"), and would otherwise risk a
 * plaintext copy. VACUUM also leaves freed pages behind, so deleted rows never reach a backup.
 *
 * The copy is checked before anyone uses it: a plaintext header means the build changed under
 * us, and the backup is refused rather than written.
 */
export async function snapshotDatabase(db: Db, destination: string): Promise<void> {
  await sql`VACUUM INTO ${destination}`.execute(db);
  if (startsPlaintext(destination)) throw new Error('The database snapshot is not encrypted');
}

export function startsPlaintext(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(PLAINTEXT_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(PLAINTEXT_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a snapshot read-only with the vault's database key. Read-only, so that looking at a copy
 * (counting its documents, verifying it) never changes the bytes whose hash the manifest holds.
 * Returns null when the key does not open it.
 */
export function openSnapshot(path: string, databaseKey: Buffer): SqliteHandle | null {
  if (startsPlaintext(path)) return null;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    keyConnection(db, databaseKey);
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    if (db.pragma('cipher', { simple: true }) !== 'sqlcipher') throw new Error('SQLCipher is not active');
    return db;
  } catch {
    db.close();
    return null;
  }
}

export interface SnapshotDocument {
  fileName: string;
  key: Buffer;
  sha256: string;
  size: number;
}

/** Names of every document file the snapshot refers to, without keys (for building the backup). */
export function referencedFiles(db: SqliteHandle): string[] {
  const rows = db.prepare('SELECT file_name FROM document_version ORDER BY file_name').all() as Array<{
    file_name: string;
  }>;
  return rows.map((r) => r.file_name);
}

/** One version row with its key at a time; the caller zero-fills each key when done. */
export function* documentRows(db: SqliteHandle): Generator<SnapshotDocument> {
  const rows = db
    .prepare('SELECT file_name, key, sha256, size FROM document_version ORDER BY file_name')
    .iterate() as IterableIterator<{ file_name: string; key: Buffer; sha256: string; size: number }>;
  for (const row of rows) yield { fileName: row.file_name, key: row.key, sha256: row.sha256, size: row.size };
}

/** `PRAGMA integrity_check` is 'ok' (a single row). */
export function integrityOk(db: SqliteHandle): boolean {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.length === 1 && rows[0]?.integrity_check === 'ok';
}
