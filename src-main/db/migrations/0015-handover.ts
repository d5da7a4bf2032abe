import { sql, type Kysely, type Migration } from 'kysely';
import { CASE_HANDED_OVER_MESSAGE } from '../../shared/handover-refusals';

/**
 * Case handover between lawyers (issue 17 section 2). Number 0015 was reserved for it.
 *
 * - `handover_key`: this vault's receiving key (X25519, to open handovers) and signing key
 *   (Ed25519, to sign the ones it sends); one row; the private halves wrapped under the vault's
 *   'handover-keys' subkey like the report keys are.
 * - `trusted_colleague`: colleagues' public key files the lawyer accepted after comparing words.
 * - `handover_sent`: one row per handover file written: the case, the recipient's fingerprint,
 *   what happens to the sender's copy, the SHA-256 of the confirmation code the recipient reads
 *   back, and when it was confirmed. While a row exists the case is read-only (the triggers below),
 *   until it is shredded with the case.
 * - `handover_received`: the handover ids this vault imported, so a file is never imported twice
 *   (replay), with counts only.
 */
export const CASE_LOCKED_TABLES = [
  'case_client',
  'case_note',
  'case_activity',
  'case_task',
  'time_entry',
  'related_person',
  'case_deadline',
  'case_reminder',
  'hearing',
  'document',
  'power_of_attorney',
  'case_notification',
  'stay_request',
] as const;

const locked = (caseId: string) =>
  `EXISTS (SELECT 1 FROM handover_sent WHERE case_id = ${caseId} AND state = 'read-only')`;

export const migration0015Handover: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('handover_key')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('private_box', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('trusted_colleague')
      .addColumn('fingerprint', 'text', (c) => c.primaryKey())
      .addColumn('public_key_file', 'text', (c) => c.notNull())
      .addColumn('trusted_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('handover_sent')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // No foreign key: the row outlives the case when the sender's copy is shredded.
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('copy', 'text', (c) => c.notNull().check(sql`copy IN ('read-only', 'shred')`))
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state IN ('read-only', 'shredded')`))
      .addColumn('confirmation_sha256', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('confirmed_at', 'text')
      .execute();
    await db.schema.createIndex('handover_sent_case').on('handover_sent').columns(['case_id', 'state']).execute();
    await db.schema
      .createTable('handover_received')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('sender', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.notNull())
      .addColumn('records', 'integer', (c) => c.notNull().check(sql`records >= 0`))
      .addColumn('documents', 'integer', (c) => c.notNull().check(sql`documents >= 0`))
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();

    // A handed-over case kept read-only: every change to it or its records is refused by the
    // database itself, so no screen, command or future service can slip past the flag.
    const raise = `SELECT RAISE(ABORT, '${CASE_HANDED_OVER_MESSAGE}')`;
    await sql
      .raw(
        `CREATE TRIGGER handover_lock_case_update BEFORE UPDATE ON legal_case WHEN ${locked('OLD.id')} BEGIN ${raise}; END`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER handover_lock_case_delete BEFORE DELETE ON legal_case WHEN ${locked('OLD.id')} BEGIN ${raise}; END`,
      )
      .execute(db);
    for (const table of CASE_LOCKED_TABLES) {
      await sql
        .raw(
          `CREATE TRIGGER handover_lock_${table}_insert BEFORE INSERT ON ${table} WHEN ${locked('NEW.case_id')} BEGIN ${raise}; END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER handover_lock_${table}_update BEFORE UPDATE ON ${table} WHEN ${locked('OLD.case_id')} OR ${locked('NEW.case_id')} BEGIN ${raise}; END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER handover_lock_${table}_delete BEFORE DELETE ON ${table} WHEN ${locked('OLD.case_id')} BEGIN ${raise}; END`,
        )
        .execute(db);
    }
    await sql
      .raw(
        `CREATE TRIGGER handover_lock_document_version_insert BEFORE INSERT ON document_version WHEN ${locked(
          '(SELECT case_id FROM document WHERE id = NEW.document_id)',
        )} BEGIN ${raise}; END`,
      )
      .execute(db);
  },
};
