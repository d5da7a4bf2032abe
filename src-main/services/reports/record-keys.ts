import { randomInt } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/connection';
import type { Database } from '../../db/schema';
import { RECORD_KEY_MODULUS } from '../../domain/reports';

/**
 * Gives every client and case without a record key a random one (crypto-strong, uniform in
 * [0, 2^32)), so cell-key perturbation has a key for each record it counts. Keys are given once
 * and kept: the same records must get the same noise in every later release.
 */
export async function ensureRecordKeys(db: Db): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const { records, keys, owner } of KEYED) {
      const { rows } = await sql<{ id: string }>`
        SELECT r.id FROM ${sql.table(records)} r
        LEFT JOIN ${sql.table(keys)} k ON ${sql.ref(`k.${owner}`)} = r.id
        WHERE ${sql.ref(`k.${owner}`)} IS NULL`.execute(tx);
      await insertKeys(
        tx,
        keys,
        rows.map((r) => ({ [owner]: r.id, record_key: randomKey() })),
      );
    }
  });
}

/** The records that are counted, each with the table its keys are kept in and that table's reference to it. */
const KEYED = [
  { records: 'client', keys: 'client_record_key', owner: 'client_id' },
  { records: 'legal_case', keys: 'case_record_key', owner: 'case_id' },
] as const;

/** Bounded batches keep the statements well under SQLite's variable limit. */
async function insertKeys(
  tx: Db,
  table: (typeof KEYED)[number]['keys'],
  rows: Array<Record<string, string | number>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    // The cast names one of the two tables for the builder; each row holds that table's owner column and key.
    await tx
      .insertInto(table as 'case_record_key')
      .values(rows.slice(i, i + 500) as Array<Insertable<Database['case_record_key']>>)
      .execute();
  }
}

const randomKey = (): number => randomInt(0, RECORD_KEY_MODULUS);

/** A random secret salt for a correction's cell keys. */
export const randomSalt = randomKey;
