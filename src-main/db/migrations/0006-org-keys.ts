import type { Kysely, Migration } from 'kysely';

/**
 * Keys and registers for anonymized reports to the organisation.
 *
 * - `report_key`: this vault's own key pairs, one per role: 'org' (supervisor: X25519 to open
 *   reports, Ed25519 to sign its public key file) and 'lawyer' (Ed25519 to sign reports). Private
 *   keys are stored wrapped (AES-256-GCM) under a master-key subkey, on top of SQLCipher, so the
 *   database key that `vault db-key` hands out does not reveal them.
 * - `trusted_org`: the organisation public key a lawyer confirmed (by its fingerprint words).
 * - `known_lawyer`: lawyer signing keys a supervisor accepted, so a stranger's report is refused.
 * - `received_report`: every report a supervisor accepted: who (key fingerprint) and which period,
 *   to refuse the same or an overlapping period twice; the report itself is stored (it holds
 *   only suppressed counts) so a dashboard can show it without the file.
 */
export const migration0006OrgKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('report_key')
      .addColumn('role', 'text', (c) => c.primaryKey())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('private_box', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('k', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('trusted_org')
      .addColumn('fingerprint', 'text', (c) => c.primaryKey())
      .addColumn('public_key_file', 'text', (c) => c.notNull())
      .addColumn('k', 'integer', (c) => c.notNull())
      .addColumn('trusted_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('known_lawyer')
      .addColumn('fingerprint', 'text', (c) => c.primaryKey())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('received_report')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('lawyer_fingerprint', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('file_sha256', 'text', (c) => c.notNull().unique())
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('received_report_lawyer')
      .on('received_report')
      .columns(['lawyer_fingerprint', 'period_from'])
      .execute();
  },
};
