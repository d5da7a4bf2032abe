import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Deadlines and hearings. A computed deadline keeps a snapshot of how it was computed (steps,
 * warnings, basis, confidence, rule data date): if the rules file changes later, the lawyer still
 * sees why this date was given on the day it was saved. A manual date or an override of the
 * computed one must carry a reason.
 */
export const migration0004Deadlines: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('case_deadline')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('rule_id', 'text')
      .addColumn('title', 'text')
      .addColumn('start_kind', 'text', (c) => c.notNull())
      .addColumn('notified_on', 'text')
      .addColumn('delivered_on', 'text')
      .addColumn('opened_on', 'text')
      .addColumn('computed_due', 'text')
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('override_reason', 'text')
      .addColumn('confidence', 'text')
      /** JSON snapshot of the engine result: steps, warnings, legal basis. */
      .addColumn('computation', 'text')
      .addColumn('done_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('case_deadline_due').on('case_deadline').columns(['done_at', 'due_on']).execute();
    await db.schema.createIndex('case_deadline_case').on('case_deadline').column('case_id').execute();

    await db.schema
      .createTable('hearing')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('court', 'text')
      /** Local date and time, 'YYYY-MM-DDTHH:mm' (Turkey has one time zone and no DST since 2016). */
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('hall', 'text')
      .addColumn('file_number', 'text')
      .addColumn('preparation', 'text')
      .addColumn('done_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('hearing_starts').on('hearing').columns(['done_at', 'starts_at']).execute();
    await db.schema.createIndex('hearing_case').on('hearing').column('case_id').execute();

    // A task can prepare a deadline ("draft the petition"); deleting the deadline keeps the task.
    await sql`ALTER TABLE case_task ADD COLUMN deadline_id TEXT REFERENCES case_deadline(id) ON DELETE SET NULL`.execute(
      db,
    );

    // Which reminders went out, so a restart never sends one twice.
    await db.schema
      .createTable('reminder_sent')
      .addColumn('item_id', 'text', (c) => c.notNull())
      .addColumn('lead', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('reminder_sent_pk', ['item_id', 'lead'])
      .execute();
  },
};
