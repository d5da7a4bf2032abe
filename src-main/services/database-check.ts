import { sql } from 'kysely';
import type { Db } from '../db/connection';

/** SQLite's own integrity check of the open vault database: ['ok'] when sound. */
export async function integrityCheck(db: Db): Promise<string[]> {
  const rows = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
  return rows.rows.map((r) => r.integrity_check);
}
