import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Everyday casework (issue 14):
 *
 * - `power_of_attorney` (vekâletname) per case: date, notary, journal number (yevmiye no),
 *   scope, and optionally the scan among the case's documents (`document_id`, no foreign key:
 *   a document in the trash keeps the link for when it comes back).
 * - `case_notification` (tebligat): what was served, on whom, how (hand, post, e-notification
 *   with delivery and opening dates) and the deadline it started (`deadline_id`, no foreign key
 *   for the same reason: a deadline in the trash is restored with its id).
 * - `stay_request` (yürütmeyi durdurma): requested on, decision, decided on.
 * - `hearing_postponement`: each move of a hearing, with the reason, oldest first; and on
 *   `hearing` the outcome (ara karar, karar, ertelendi) and the deadline an interim decision set.
 * - `case_deadline.done_note`: the optional note when a deadline is marked done;
 *   `deadline_revision`: the deadline as it was before each edit (the saved computation kept).
 * - `case_task.purpose`: what the app created a task for ('power-of-attorney' when the case has
 *   none), so that recording the power of attorney closes it.
 * - `trash_record`: activities, tasks, time entries, persons, hearings and deadlines deleted by
 *   the lawyer, as their rows (and their dependent rows) in JSON, until restored or the trash is
 *   emptied. The live tables hold live rows only, so no query elsewhere has to skip deleted ones.
 *   A record keeps its id in the trash, so "Undo" restores it by the id the screen already has.
 *   Purging a case or client takes its trashed records with it (ON DELETE CASCADE).
 */
export const migration0011Casework: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('power_of_attorney')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('granted_on', 'text', (c) => c.notNull())
      .addColumn('notary', 'text')
      .addColumn('journal_number', 'text')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('scope_note', 'text')
      .addColumn('document_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('power_of_attorney_case').on('power_of_attorney').columns(['case_id']).execute();

    await db.schema
      .createTable('case_notification')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('recipient_note', 'text')
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('served_on', 'text')
      .addColumn('delivered_on', 'text')
      .addColumn('opened_on', 'text')
      .addColumn('deadline_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('case_notification_case').on('case_notification').columns(['case_id']).execute();

    await db.schema
      .createTable('stay_request')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('requested_on', 'text', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('decided_on', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('stay_request_case').on('stay_request').columns(['case_id', 'requested_on']).execute();

    await db.schema
      .createTable('hearing_postponement')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('hearing_id', 'text', (c) => c.notNull().references('hearing.id').onDelete('cascade'))
      .addColumn('from_starts_at', 'text', (c) => c.notNull())
      .addColumn('to_starts_at', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('hearing_postponement_hearing')
      .on('hearing_postponement')
      .columns(['hearing_id', 'created_at'])
      .execute();
    await sql`ALTER TABLE hearing ADD COLUMN outcome TEXT`.execute(db);
    await sql`ALTER TABLE hearing ADD COLUMN outcome_note TEXT`.execute(db);
    await sql`ALTER TABLE hearing ADD COLUMN outcome_deadline_id TEXT`.execute(db);

    await sql`ALTER TABLE case_deadline ADD COLUMN done_note TEXT`.execute(db);
    await db.schema
      .createTable('deadline_revision')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('deadline_id', 'text', (c) => c.notNull().references('case_deadline.id').onDelete('cascade'))
      .addColumn('revised_at', 'text', (c) => c.notNull())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('deadline_revision_deadline')
      .on('deadline_revision')
      .columns(['deadline_id', 'revised_at'])
      .execute();

    await sql`ALTER TABLE case_task ADD COLUMN purpose TEXT`.execute(db);

    await db.schema
      .createTable('trash_record')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text', (c) => c.references('legal_case.id').onDelete('cascade'))
      .addColumn('client_id', 'text', (c) => c.references('client.id').onDelete('cascade'))
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('trash_record_case').on('trash_record').columns(['case_id', 'deleted_at']).execute();
    await db.schema.createIndex('trash_record_client').on('trash_record').columns(['client_id']).execute();
  },
};
