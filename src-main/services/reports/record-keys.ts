import { randomInt } from 'node:crypto';
import type { Insertable } from 'kysely';
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
    const clients = await tx
      .selectFrom('client')
      .leftJoin('client_record_key', 'client_record_key.client_id', 'client.id')
      .select('client.id')
      .where('client_record_key.client_id', 'is', null)
      .execute();
    const cases = await tx
      .selectFrom('legal_case')
      .leftJoin('case_record_key', 'case_record_key.case_id', 'legal_case.id')
      .select('legal_case.id')
      .where('case_record_key.case_id', 'is', null)
      .execute();
    await insertInBatches(tx, 'client_record_key', clients.map((c) => ({ client_id: c.id, record_key: randomKey() })));
    await insertInBatches(tx, 'case_record_key', cases.map((c) => ({ case_id: c.id, record_key: randomKey() })));
  });
}

/** Bounded batches keep the statements well under SQLite's variable limit. */
async function insertInBatches<T extends 'client_record_key' | 'case_record_key'>(
  tx: Db,
  table: T,
  rows: Array<Insertable<Database[T]>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    // The cast names one of the two tables for the builder; `rows` is typed by the caller's.
    await tx
      .insertInto(table as 'case_record_key')
      .values(rows.slice(i, i + 500) as Array<Insertable<Database['case_record_key']>>)
      .execute();
  }
}

const randomKey = (): number => randomInt(0, RECORD_KEY_MODULUS);

/** A random secret salt for a correction's cell keys. */
export const randomSalt = randomKey;
