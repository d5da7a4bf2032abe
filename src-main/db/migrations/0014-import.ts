import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Import from Excel and CSV (issue 17). Number 0014 was reserved for this issue; 0013 belongs to
 * another one.
 *
 * - `import_mapping`: the column mapping the lawyer confirmed, keyed by the sheet's normalized
 *   header row, so the same list exported again next month maps itself. Headers and field
 *   names only: never a cell of a row.
 * - `import_run`: one row per committed import, with counts only (rows read, clients created,
 *   merged, skipped, cases opened). The audit entry of an import points at it; neither names a
 *   person or the file.
 */
export const migration0014Import: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('import_mapping')
      .addColumn('header_key', 'text', (c) => c.primaryKey())
      .addColumn('mapping', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('import_run')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull().check(sql`rows >= 0`))
      .addColumn('created', 'integer', (c) => c.notNull().check(sql`created >= 0`))
      .addColumn('merged', 'integer', (c) => c.notNull().check(sql`merged >= 0`))
      .addColumn('skipped', 'integer', (c) => c.notNull().check(sql`skipped >= 0`))
      .addColumn('cases', 'integer', (c) => c.notNull().check(sql`cases >= 0`))
      .execute();
  },
};
