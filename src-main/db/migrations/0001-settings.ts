import type { Kysely, Migration } from 'kysely';

/** Vault-wide settings as key → JSON value, so new settings need no schema change. */
export const migration0001Settings: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('setting')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
};
