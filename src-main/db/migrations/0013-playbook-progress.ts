import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Playbook progress on a case (issue 16).
 *
 * - `playbook_step_state`: one row per step the lawyer has acted on (done or skipped), with the
 *   task or deadline the step created, if any. Open steps have no row. Step ids are the playbook
 *   file's own ids; the task and deadline ids are plain references (they may move to the records'
 *   trash and come back with the same id), not foreign keys.
 * - `case_guide`: whether the lawyer hid the "What to do next" panel on this case.
 * - `petition_draft`: the document that holds a case's drafts of one petition template, so that
 *   generating again adds a new version of the same document.
 * All go with their case when it is purged; a draft's row goes with its document.
 */
export const migration0013PlaybookProgress: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('playbook_step_state')
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('step_id', 'text', (c) => c.notNull())
      .addColumn('playbook_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state IN ('done', 'skipped')`))
      .addColumn('task_id', 'text')
      .addColumn('deadline_id', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('playbook_step_state_pk', ['case_id', 'step_id'])
      .modifyEnd(sql`WITHOUT ROWID`)
      .execute();
    await db.schema
      .createTable('case_guide')
      .addColumn('case_id', 'text', (c) => c.primaryKey().references('legal_case.id').onDelete('cascade'))
      .addColumn('hidden', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`hidden IN (0, 1)`),
      )
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .modifyEnd(sql`WITHOUT ROWID`)
      .execute();
    await db.schema
      .createTable('petition_draft')
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('template_id', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('petition_draft_pk', ['case_id', 'template_id'])
      .modifyEnd(sql`WITHOUT ROWID`)
      .execute();
  },
};
