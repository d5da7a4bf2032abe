import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Issue 12: whether a case's court takes the judicial recess (İYUK 61(1)), what a deadline
 * assumed about it, the lawyer's own internal deadline, the detention start as day one, and
 * repeating reminders (the monthly review of detention, YUKK 57(4)) created with a deadline.
 */
export const migration0008DeadlineReminders: Migration = {
  async up(db: Kysely<unknown>) {
    // 'taken' | 'not-taken'; NULL means not known ("unsure"), the default for every existing case.
    await sql`ALTER TABLE legal_case ADD COLUMN court_recess TEXT`.execute(db);

    // What the computation assumed about the recess ('taken' | 'not-taken' | 'unsure'); NULL for
    // manual deadlines and for rows saved before this migration (computed as if taken).
    await sql`ALTER TABLE case_deadline ADD COLUMN recess TEXT`.execute(db);
    // The lawyer's own target, N working days before the legal last day; NULL when none.
    await sql`ALTER TABLE case_deadline ADD COLUMN internal_due_on TEXT`.execute(db);
    await sql`ALTER TABLE case_deadline ADD COLUMN internal_working_days INTEGER`.execute(db);
    // start_kind 'detention': the day detention actually began, and whether only the order's date is known.
    await sql`ALTER TABLE case_deadline ADD COLUMN detention_started_on TEXT`.execute(db);
    await sql`ALTER TABLE case_deadline ADD COLUMN order_date_only INTEGER NOT NULL DEFAULT 0`.execute(db);
    await db.schema
      .createIndex('case_deadline_internal')
      .on('case_deadline')
      .columns(['done_at', 'internal_due_on'])
      .execute();

    // One row per occurrence, created with the deadline that needs it and removed with it.
    await db.schema
      .createTable('case_reminder')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('deadline_id', 'text', (c) => c.notNull().references('case_deadline.id').onDelete('cascade'))
      /** 'detention-review' (YUKK 57(4)). */
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('done_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('case_reminder_due').on('case_reminder').columns(['done_at', 'due_on']).execute();
    await db.schema.createIndex('case_reminder_deadline').on('case_reminder').column('deadline_id').execute();
  },
};
