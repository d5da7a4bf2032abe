/**
 * One test per migration (Signal Desktop's migration_NNNN_test pattern): a real SQLCipher file
 * brought up to just before the migration with every earlier fixture written
 * (tests/fixtures/migration-fixtures.ts), then the migration under test, then checks: the earlier
 * data intact, its own fixture written and read back, and EXPLAIN QUERY PLAN for the queries its
 * indexes are there for.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ListMigrationProvider, MIGRATIONS } from '../../../src-main/db/migrations';
import { openEncryptedDatabase, type SqliteHandle } from '../../../src-main/db/sqlcipher';
import { MIGRATION_FIXTURES } from '../../fixtures/migration-fixtures';
import { makeTempDir } from '../../helpers/temp-vault';

export interface MigrationHarness {
  db: Kysely<unknown>;
  sqlite: SqliteHandle;
  /** Runs the migrations up to `name` one by one, writing each one's fixture right after it and checking all fixtures so far after every step. */
  upgradeTo(name: string): Promise<void>;
  /** Runs the migrations up to `name` without writing fixtures (an empty database). */
  migrateTo(name: string): Promise<void>;
  /** The `detail` column of EXPLAIN QUERY PLAN, one string per plan step. */
  plan(sql: string, ...params: unknown[]): string[];
  close(): Promise<void>;
}

export const MIGRATION_NAMES = MIGRATIONS.map(([name]) => name);

/** The migration that runs right before `name` (undefined for the first). */
export function previousOf(name: string): string | undefined {
  const at = MIGRATION_NAMES.indexOf(name);
  if (at < 0) throw new Error(`no migration named ${name}`);
  return MIGRATION_NAMES[at - 1];
}

export function migrationHarness(dir: string): MigrationHarness {
  const sqlite = openEncryptedDatabase(join(dir, 'migrations.db'), randomBytes(32), { create: true });
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({ db, provider: new ListMigrationProvider() });
  let done = -1;

  async function step(name: string): Promise<void> {
    const { error, results } = await migrator.migrateTo(name);
    expect(error).toBeUndefined();
    expect(results?.map((r) => [r.migrationName, r.status])).toEqual([[name, 'Success']]);
  }

  async function run(name: string, withFixtures: boolean): Promise<void> {
    const target = MIGRATION_NAMES.indexOf(name);
    if (target < 0) throw new Error(`no migration named ${name}`);
    for (let i = done + 1; i <= target; i++) {
      const current = MIGRATION_NAMES[i]!;
      await step(current);
      done = i;
      if (!withFixtures) continue;
      const fixture = MIGRATION_FIXTURES[current];
      if (!fixture) throw new Error(`no fixture for ${current} in tests/fixtures/migration-fixtures.ts`);
      await fixture.populate(db);
      for (const earlier of MIGRATION_NAMES.slice(0, i + 1)) await MIGRATION_FIXTURES[earlier]!.verify(db);
    }
  }

  return {
    db,
    sqlite,
    upgradeTo: (name) => run(name, true),
    migrateTo: (name) => run(name, false),
    plan: (sql, ...params) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail),
    close: () => db.destroy(),
  };
}

/** Tables (or indexes) of the database, by name, without SQLite's and Kysely's own. */
export function schemaNames(sqlite: SqliteHandle, type: 'table' | 'index' | 'trigger'): string[] {
  return (
    sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name`,
      )
      .all(type) as Array<{ name: string }>
  ).map((r) => r.name);
}

/**
 * A query served by `index`: some step of its plan searches or scans through that index, and no
 * step reads `table` in full. `table` is the table the index belongs to.
 */
export function expectServedBy(
  h: MigrationHarness,
  index: string,
  table: string,
  sql: string,
  ...params: unknown[]
): void {
  const plan = h.plan(sql, ...params);
  const through = plan.some((d) => new RegExp(`\\bUSING (COVERING )?INDEX ${index}\\b`).test(d));
  expect(through, `${index} serves: ${sql}\nplan: ${plan.join(' | ')}`).toBe(true);
  const fullScan = plan.filter((d) => new RegExp(`^SCAN ${table}( AS \\w+)?$`).test(d));
  expect(fullScan, `no full scan of ${table}: ${plan.join(' | ')}`).toEqual([]);
}

/** A query a migration's index is there for: what it is, the index, its table, the SQL and parameters. */
export type IndexedQuery = [what: string, index: string, table: string, sql: string, ...params: unknown[]];

/**
 * The standard tests of one migration: it upgrades a populated database (earlier data intact,
 * its own fixture written and read back), and each of `queries` is served by its index.
 */
export function describeMigration(
  name: string,
  queries: IndexedQuery[],
  more?: (h: () => MigrationHarness) => void,
): void {
  describe(`migration ${name}`, () => {
    let dir: string;
    let cleanup: () => Promise<void>;
    let harness: MigrationHarness;
    beforeEach(async () => {
      ({ dir, cleanup } = await makeTempDir('emanet-migration-'));
      harness = migrationHarness(dir);
    });
    afterEach(async () => {
      await harness.close();
      await cleanup();
    });

    it('upgrades a populated database: earlier data intact, its own data written and read back', async () => {
      const before = previousOf(name);
      if (before) await harness.upgradeTo(before);
      await harness.upgradeTo(name);
      expect(harness.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    });

    if (queries.length > 0) {
      it.each(queries)('%s: served by %s', async (_what, index, table, sql, ...params) => {
        await harness.migrateTo(name);
        if (!index.startsWith('sqlite_')) expect(schemaNames(harness.sqlite, 'index')).toContain(index);
        expectServedBy(harness, index, table, sql, ...params);
      });
    }

    more?.(() => harness);
  });
}
