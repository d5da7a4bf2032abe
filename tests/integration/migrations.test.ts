import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListMigrationProvider, MIGRATIONS } from '../../src-main/db/migrations';
import { openEncryptedDatabase } from '../../src-main/db/sqlcipher';
import { MIGRATION_FIXTURES } from '../fixtures/migration-fixtures';
import { makeTempDir } from '../helpers/temp-vault';

describe('migrations', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
  afterEach(async () => cleanup());

  it('are listed in order with unique names, each with a populated-database fixture', () => {
    const names = MIGRATIONS.map(([name]) => name);
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(MIGRATION_FIXTURES[name], `fixture for ${name}`).toBeDefined();
  });

  it('run one by one on an encrypted database, keeping the data written after each step', async () => {
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({
        database: openEncryptedDatabase(join(dir, 'm.db'), randomBytes(32), { create: true }),
      }),
    });
    try {
      const migrator = new Migrator({ db, provider: new ListMigrationProvider() });
      for (const [name] of MIGRATIONS) {
        const { error, results } = await migrator.migrateTo(name);
        expect(error).toBeUndefined();
        expect(results?.map((r) => [r.migrationName, r.status])).toEqual([[name, 'Success']]);
        await MIGRATION_FIXTURES[name]!.populate(db);
        for (const [earlier] of MIGRATIONS.slice(0, MIGRATIONS.findIndex(([n]) => n === name) + 1)) {
          await MIGRATION_FIXTURES[earlier]!.verify(db);
        }
      }
      const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
      expect((await migrator.migrateToLatest()).results).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
