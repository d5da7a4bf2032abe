import { sql, type Kysely, type Migration } from 'kysely';

/**
 * What the organisation hands a volunteer beyond its key (issue 16). Number 0018 was reserved
 * for this issue.
 *
 * - `report_key.contact`: on the supervisor's vault, the coordinator (name, phone, e-mail, JSON)
 *   written into the organisation key file, signed with it, so every later issue of the file
 *   carries it. A lawyer's vault keeps the contact inside the trusted key file itself
 *   (`trusted_org.public_key_file`), verified on every read: it needs no column.
 * - `imported_playbook`: an updated playbook the supervisor signed, imported by the lawyer; one
 *   per playbook id, used instead of the shipped file for its case types until removed. The
 *   signed file is kept whole and verified again on every read against the trusted organisation.
 */
export const migration0018GuideOrgData: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('report_key').addColumn('contact', 'text').execute();
    await db.schema
      .createTable('imported_playbook')
      .addColumn('playbook_id', 'text', (c) => c.primaryKey())
      .addColumn('signed_file', 'text', (c) => c.notNull())
      .addColumn('org_fingerprint', 'text', (c) => c.notNull())
      .addColumn('playbook_version', 'integer', (c) => c.notNull().check(sql`playbook_version >= 1`))
      .addColumn('reviewed_on', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .execute();
  },
};
