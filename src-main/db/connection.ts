import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { ListMigrationProvider } from './migrations';
import type { Database } from './schema';
import { openEncryptedDatabase, type SqliteHandle } from './sqlcipher';

export type Db = Kysely<Database>;

export interface OpenDatabase {
  db: Db;
  sqlite: SqliteHandle;
  close(): Promise<void>;
}

/** Opens the vault database, brings its schema up to date, and hands out Kysely on top. */
export async function openVaultDatabase(
  path: string,
  key: Buffer,
  options: { create: boolean },
): Promise<OpenDatabase> {
  const sqlite = openEncryptedDatabase(path, key, options);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  // Planner statistics: without them SQLite picked indexes that made filtered lists take seconds
  // on large vaults. SQLite's recommended long-running-app setting: a bounded ANALYZE on open
  // where tables lack or outgrew their statistics (analysis_limit keeps it to milliseconds).
  sqlite.pragma('analysis_limit = 400');
  sqlite.pragma('optimize = 0x10002');
  return {
    db,
    sqlite,
    // Kysely's destroy closes the better-sqlite3 handle; a checkpoint first keeps the WAL small.
    async close() {
      try {
        sqlite.pragma('optimize');
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Closing must still happen even if the checkpoint cannot.
      }
      await db.destroy();
    },
  };
}

export async function migrateToLatest(db: Kysely<unknown> | Db): Promise<void> {
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider: new ListMigrationProvider() });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('Migration failed');
}
