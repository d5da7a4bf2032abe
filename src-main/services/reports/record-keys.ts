import { randomInt } from 'node:crypto';
import type { Db } from '../../db/connection';
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
    for (let i = 0; i < clients.length; i += 500) {
      const batch = clients.slice(i, i + 500).map((c) => ({ client_id: c.id, record_key: randomKey() }));
      await tx.insertInto('client_record_key').values(batch).execute();
    }
    for (let i = 0; i < cases.length; i += 500) {
      const batch = cases.slice(i, i + 500).map((c) => ({ case_id: c.id, record_key: randomKey() }));
      await tx.insertInto('case_record_key').values(batch).execute();
    }
  });
}

const randomKey = (): number => randomInt(0, RECORD_KEY_MODULUS);

/** A random secret salt for a correction's cell keys. */
export const randomSalt = randomKey;
