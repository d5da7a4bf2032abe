import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Append-only audit trail: what happened to which record, when — never names or free text.
 * Triggers refuse UPDATE and DELETE, so even a bug in our own code cannot rewrite history
 * (only removing the whole vault does).
 */
export const migration0002AuditLog: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_event')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text')
      .execute();
    await db.schema.createIndex('audit_event_entity').on('audit_event').columns(['entity', 'entity_id']).execute();
    await sql`CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
      BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`.execute(db);
  },
};
