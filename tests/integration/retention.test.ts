import Database from 'better-sqlite3-multiple-ciphers';
import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyConnection } from '../../src-main/db/sqlcipher';
import { fakeClock } from '../../src-main/services/clock';
import {
  dueForDeletion,
  panicWipe,
  PANIC_CONFIRMATION,
  purgeCase,
  purgeDue,
  setCaseRetention,
  type RetentionDeps,
} from '../../src-main/services/retention';
import { vaultPaths } from '../../src-main/storage/vault-paths';
import { makeTempDir } from '../helpers/temp-vault';
import { call, CANARIES, filesContaining, seedVault, type Seeded } from './backup-helpers';

/**
 * Decrypts a COPY of the database in place (rekey to no key rewrites every page, free pages
 * included), so a byte scan sees what an attacker with the key would: deleted text that
 * secure_delete failed to zero would show up here.
 */
async function decryptedCopy(dbFile: string, key: Buffer, out: string): Promise<Buffer> {
  await copyFile(dbFile, out);
  const db = new Database(out);
  keyConnection(db, key);
  db.pragma('journal_mode = DELETE');
  db.pragma(`rekey = ''`);
  db.close();
  const bytes = await readFile(out);
  expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  return bytes;
}

describe('retention and purge', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let vaultDir: string;
  let seeded: Seeded;
  let deps: RetentionDeps;
  const clock = fakeClock();

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('emanet-retention-'));
    vaultDir = join(dir, 'vault');
    seeded = await seedVault(vaultDir);
    deps = { db: () => seeded.backend.vault.db(), clock, documentsDir: vaultPaths(vaultDir).documents };
  });
  afterEach(async () => {
    await seeded.backend.dispose();
    await cleanup();
  });

  async function close(caseId: string, closedOn: string) {
    await deps
      .db()
      .updateTable('legal_case')
      .set({ status: 'closed', closed_on: closedOn })
      .where('id', '=', caseId)
      .execute();
  }

  it('lists closed cases past their retention: the settings default (10 years) or the case’s own', async () => {
    const [a, b] = seeded.caseIds as [string, string];
    expect((await call(seeded.backend, 'settings:get', {})).retentionYears).toBe(10);
    await close(a, '2012-01-15');
    await close(b, '2020-03-01');
    expect((await dueForDeletion(deps)).map((c) => [c.id, c.dueOn])).toEqual([[a, '2022-01-15']]);
    await setCaseRetention(deps, b, 5);
    expect((await dueForDeletion(deps)).map((c) => c.id)).toEqual([a, b]);
    await setCaseRetention(deps, b, null);
    await call(seeded.backend, 'settings:update', { retentionYears: 20 });
    expect(await dueForDeletion(deps)).toEqual([]);
  });

  it('purge shreds the case: rows, keys, search entries, files; no canary left even in freed pages or the WAL', async () => {
    const [a] = seeded.caseIds as [string, string];
    // A note and a document only the purged case has, on top of the seeded ones.
    await call(seeded.backend, 'notes:add', { caseId: a, body: `gizli ${CANARIES.purgedNote} not` });
    await seeded.backend.documents.add(
      { caseId: a, title: 'Gizli', category: 'other' },
      {
        kind: 'bytes',
        chunks: [Buffer.from(`metin ${CANARIES.purgedDocument} metin`)],
        originalName: 'g.txt',
        mediaType: 'text/plain',
      },
    );
    const db = deps.db();
    const files = (
      await db
        .selectFrom('document_version')
        .innerJoin('document', 'document.id', 'document_version.document_id')
        .select('file_name')
        .where('case_id', '=', a)
        .execute()
    ).map((r) => r.file_name);
    expect(files.length).toBe(3);
    const key = Buffer.from(seeded.backend.vault.borrowDatabaseKey());
    const paths = vaultPaths(vaultDir);
    // Control: the method finds the canaries while they exist.
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    const control = await decryptedCopy(paths.database, key, join(dir, 'control.db'));
    expect(control.includes(Buffer.from(CANARIES.purgedNote))).toBe(true);

    await close(a, '2010-05-05');
    const result = await purgeDue(deps);
    expect(result).toEqual({ purged: [a], documents: 3 });

    const docs = await readdir(paths.documents);
    for (const f of files) expect(docs).not.toContain(f);
    expect(await db.selectFrom('legal_case').select('id').where('id', '=', a).execute()).toEqual([]);
    expect(await db.selectFrom('case_note').select('id').where('case_id', '=', a).execute()).toEqual([]);
    expect(
      await db.selectFrom('document_version').select('file_name').where('file_name', 'in', files).execute(),
    ).toEqual([]);
    expect(await db.selectFrom('search_fts').select('ref_id').where('case_id', '=', a).execute()).toEqual([]);
    expect((await call(seeded.backend, 'search:query', { query: CANARIES.purgedNote, limit: 10 })).results).toEqual([]);
    // The audit log says a case was deleted, with its id and nothing else.
    const audit = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('entity_id', '=', a)
      .where('action', '=', 'deleted')
      .execute();
    expect(audit.map((e) => e.entity)).toEqual(['case']);
    // The WAL was checkpointed and truncated.
    expect((await stat(paths.database + '-wal').catch(() => ({ size: 0 }))).size).toBe(0);

    await seeded.backend.lock();
    for (const canary of [CANARIES.purgedNote, CANARIES.purgedDocument, CANARIES.noteText, CANARIES.documentText]) {
      expect(await filesContaining(vaultDir, canary), canary).toEqual([]);
    }
    const after = await decryptedCopy(paths.database, key, join(dir, 'after.db'));
    for (const canary of [CANARIES.purgedNote, CANARIES.purgedDocument, CANARIES.noteText, CANARIES.documentText]) {
      expect({ canary, found: after.includes(Buffer.from(canary)) }).toEqual({ canary, found: false });
    }
    // The other case is untouched.
    expect(after.includes(Buffer.from('kinci dosya notu'))).toBe(true);
  });

  it('purging an unknown case is NOT_FOUND', async () => {
    await expect(purgeCase(deps, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('panic wipe needs the word, then leaves no key slots and no folder', async () => {
    const paths = vaultPaths(vaultDir);
    await expect(panicWipe(seeded.backend.vault, paths, 'wipe?')).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(seeded.backend.vault.isUnlocked()).toBe(true);
    await panicWipe(seeded.backend.vault, paths, PANIC_CONFIRMATION);
    expect(seeded.backend.vault.isUnlocked()).toBe(false);
    await expect(stat(paths.keySlots)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(vaultDir)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await seeded.backend.vault.exists()).toBe(false);
  });
});
