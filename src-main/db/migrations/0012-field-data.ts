import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Field data that is safe and useful (issue 15).
 *
 * - `client_record_key`, `case_record_key`: each client's and case's random record key for
 *   cell-key perturbation (domain/reports/perturbation.ts), given on first use by the report
 *   service. Data in the vault, so a backup and its restore perturb exactly as before; never
 *   exported. They go with their client or case when it is purged.
 * - `report_release`: the lawyer's release register: which period left, which revision, the
 *   schema version, when, a hash of the exact figures (to recognise a copy of the same release),
 *   and the secret salt of a correction (0 for a first release).
 * - `received_report.revision`, `superseded_by`: the supervisor keeps a corrected report's
 *   earlier revision but counts only the latest.
 * - `report_key.min_lawyers`: N of the organisation key file: sensitive codes are shown only
 *   when at least N lawyers' reports are merged.
 * - `known_lawyer.label`: the supervisor's own name for an enrolled lawyer ("Av. Ayşe, Van"), for
 *   the dashboard's "not reported" list; it never leaves the supervisor's vault.
 */
export const migration0012FieldData: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('client_record_key')
      .addColumn('client_id', 'text', (c) => c.primaryKey().references('client.id').onDelete('cascade'))
      .addColumn('record_key', 'integer', (c) => c.notNull().check(sql`record_key >= 0 AND record_key < 4294967296`))
      .modifyEnd(sql`WITHOUT ROWID`)
      .execute();
    await db.schema
      .createTable('case_record_key')
      .addColumn('case_id', 'text', (c) => c.primaryKey().references('legal_case.id').onDelete('cascade'))
      .addColumn('record_key', 'integer', (c) => c.notNull().check(sql`record_key >= 0 AND record_key < 4294967296`))
      .modifyEnd(sql`WITHOUT ROWID`)
      .execute();

    await db.schema
      .createTable('report_release')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('schema_version', 'integer', (c) => c.notNull())
      .addColumn('salt', 'integer', (c) => c.notNull())
      .addColumn('report_sha256', 'text', (c) => c.notNull())
      .addColumn('released_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('report_release_period_revision', ['period', 'revision'])
      .execute();

    await db.schema
      .alterTable('received_report')
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .alterTable('received_report')
      .addColumn('superseded_by', 'integer', (c) => c.references('received_report.id'))
      .execute();
    await db.schema.alterTable('report_key').addColumn('min_lawyers', 'integer').execute();
    await db.schema.alterTable('known_lawyer').addColumn('label', 'text').execute();
  },
};
