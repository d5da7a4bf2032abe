/**
 * Child process for temp-store.test.ts. SQLite reads SQLITE_TMPDIR once, when the library
 * initialises, so the folder must be set before this process opens its first connection: the
 * parent starts us with it. We watch that folder with inotify (fs.watch) while the heavy paths
 * run and print, per path, how many files SQLite created there. inotify queues every creation,
 * even of a file unlinked at once (SQLite's temp files are), so nothing depends on timing: after
 * each path we create a sentinel file and wait until its event arrives, which means every event
 * before it has arrived too.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { unlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { backupVault } from '../../../src-main/services/backup';
import { restoreBackup } from '../../../src-main/services/backup';
import { fakeClock } from '../../../src-main/services/clock';
import { vaultPaths } from '../../../src-main/storage/vault-paths';
import { STRONG_PASSPHRASE } from '../../helpers/temp-vault';
import { call, openBackend } from '../backup-helpers';

const [workDir] = process.argv.slice(2) as [string];
const watched = process.env.SQLITE_TMPDIR ?? '';
const SENTINEL = 'sentinel';
const created: string[] = [];
const watcher = watch(watched, (_event, name) => created.push(String(name)));

/** Files SQLite created in the watched folder since the last call. */
async function createdSinceLastCall(): Promise<number> {
  writeFileSync(join(watched, SENTINEL), '');
  unlinkSync(join(watched, SENTINEL));
  while (!created.includes(SENTINEL)) await new Promise((resolve) => setImmediate(resolve));
  const count = new Set(created.filter((name) => name !== SENTINEL)).size;
  created.length = 0;
  return count;
}

const vaultDir = join(workDir, 'vault');
const backend = openBackend(vaultDir);
await call(backend, 'vault:create', { passphrase: STRONG_PASSPHRASE });
const db = backend.vault.db();
// Seeding speed only: durability is not what this test is about.
await sql`PRAGMA synchronous = OFF`.execute(db);
const note = (i: number) => `kanaryageçicidosya ${i} `.repeat(400);
const intake = (i: number, status: 'active' | 'closed') =>
  call(backend, 'intake:create', {
    client: { givenName: `Danışan${i}`, familyName: 'Kanarya' },
    case:
      status === 'closed'
        ? { type: 'removal-appeal', status, openedOn: '2001-01-01', closedOn: '2001-06-01' }
        : { type: 'removal-appeal', status, openedOn: '2026-10-02' },
  });
const trashed: string[] = [];
for (let i = 0; i < 30; i++) {
  const { caseId } = await intake(i, 'active');
  for (let j = 0; j < 2; j++) await call(backend, 'notes:add', { caseId, body: note(i * 10 + j) });
  trashed.push(caseId);
}
const { caseId: closed } = await intake(99, 'closed');
for (let j = 0; j < 30; j++) await call(backend, 'notes:add', { caseId: closed, body: note(990 + j) });
await createdSinceLastCall();

const result: Record<string, number> = {};
result.tempStore = Number((await sql<{ temp_store: number }>`PRAGMA temp_store`.execute(db)).rows[0]?.temp_store);

await db.transaction().execute(async (tx) => {
  await sql`UPDATE case_note SET body = body || ' düzeltme'`.execute(tx);
  await sql`UPDATE client SET family_name = family_name || 'x'`.execute(tx);
});
result.multiRowUpdateInTransaction = await createdSinceLastCall();

for (const id of trashed) await call(backend, 'cases:trash', { id });
await createdSinceLastCall();
await call(backend, 'trash:empty', {});
result.trashEmpty = await createdSinceLastCall();

await call(backend, 'cases:purgeDue', { confirmation: 'DELETE' });
result.purge = await createdSinceLastCall();

// A small page cache makes the sorter spill with little data, exactly the path under test.
await sql`PRAGMA cache_size = 20`.execute(db);
await sql`CREATE TABLE big (a TEXT)`.execute(db);
await sql`WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000)
  INSERT INTO big SELECT 'kanarya' || hex(randomblob(40)) FROM c`.execute(db);
await createdSinceLastCall();
await sql`CREATE INDEX big_a ON big (a)`.execute(db);
result.indexOnLargeTable = await createdSinceLastCall();
await sql`SELECT a FROM big ORDER BY substr(a, 9) DESC`.execute(db);
result.sortSpill = await createdSinceLastCall();

const backupFile = join(workDir, 'vault.emanet-backup');
await backupVault(backend.vault, vaultPaths(vaultDir), fakeClock(), backupFile);
result.vacuumIntoBackup = await createdSinceLastCall();
await backend.dispose();
await createdSinceLastCall();

await restoreBackup(backupFile, { kind: 'passphrase', value: STRONG_PASSPHRASE }, join(workDir, 'restored'));
result.restore = await createdSinceLastCall();

// Control: the same library with temp files left on must be seen, or the watch proves nothing.
const control = new Database(join(workDir, 'control.db'));
control.pragma('temp_store = FILE');
control.pragma('cache_size = 20');
control.exec(`CREATE TABLE t (a TEXT);
  WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000)
  INSERT INTO t SELECT hex(randomblob(40)) FROM c`);
control.prepare('SELECT a FROM t ORDER BY a').all();
control.close();
result.control = await createdSinceLastCall();

watcher.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
