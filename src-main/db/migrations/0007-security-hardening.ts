import type { Kysely, Migration } from 'kysely';

/**
 * Issue 11 (security hardening):
 *
 * - `auto_backup`: every automatic backup this vault wrote (folder, name, size, SHA-256, time).
 *   Pruning deletes only files recorded here whose bytes still match, oldest recorded first, so
 *   files planted in the backup folder under look-alike names are never deleted (and are
 *   reported), whatever their names say about their age.
 * - `report_key.serial`: the organisation key file's issue number, signed inside the file and
 *   covered by its fingerprint words together with k, so an older file (a lower k) cannot be
 *   passed off as the current one. Existing keys start at 0.
 */
export const migration0007SecurityHardening: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('auto_backup')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('folder', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('bytes', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('auto_backup_file', ['folder', 'name'])
      .execute();
    await db.schema
      .alterTable('report_key')
      .addColumn('serial', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
