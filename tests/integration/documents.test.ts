import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../src-main/backend';
import type { ChannelInput } from '../../src-main/shared/contract';
import { fakeClock } from '../../src-main/services/clock';
import { channelsOf, codeOf as code, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';
import { scaled } from '../helpers/timing';

const CANARY = 'KANARYA-tahliye-kararı-7f3a';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Every file under a folder, recursively: the vault, its WAL and the documents folder. */
async function allFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allFiles(path)));
    else out.push(path);
  }
  return out;
}

async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const variants = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  for (const path of await allFiles(dir)) {
    const bytes = await readFile(path);
    if (variants.some((v) => bytes.includes(v))) hits.push(path);
  }
  return hits;
}

describe('documents on a real vault', () => {
  let dir: string;
  let vaultDir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let caseId: string;
  let clientId: string;

  const { call, invoke } = channelsOf(() => backend);
  const documentsDir = () => join(vaultDir, 'documents');
  const documentFiles = async () => readdir(documentsDir()).catch(() => [] as string[]);

  /** A text file outside the vault, several chunks long, with the canary in its middle. */
  async function sourceFile(name = 'karar.txt'): Promise<{ path: string; bytes: Buffer }> {
    const bytes = Buffer.from(
      'Danıştay kararı. '.repeat(9000) + ` ${CANARY} ` + 'İtiraz reddedildi. '.repeat(5000),
      'utf8',
    );
    const path = join(dir, name);
    await writeFile(path, bytes);
    return { path, bytes };
  }

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    vaultDir = join(dir, 'vault');
    backend = testBackend({ vaultDir, clock: fakeClock() });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
    ({ caseId, clientId } = await call('intake:create', {
      client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    }));
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  async function auditOf(id: string): Promise<string[]> {
    const rows = await backend.vault
      .db()
      .selectFrom('audit_event')
      .select('action')
      .where('entity', '=', 'document')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.action);
  }

  it('adds a file, lists it, exports a byte-identical copy, verifies it; no file of the vault holds the canary', async () => {
    const { path, bytes } = await sourceFile();
    const added = await backend.documents.add(
      { caseId, clientId, title: 'Tahliye kararı', category: 'decision', documentDate: '2026-11-19' },
      { kind: 'file', path },
    );
    expect(added).toMatchObject({ versionNo: 1, sha256: sha256(bytes), size: bytes.length });

    const [doc] = (await call('documents:list', { caseId })).documents;
    expect(doc).toMatchObject({
      id: added.id,
      clientId,
      title: 'Tahliye kararı',
      category: 'decision',
      versionCount: 1,
      latest: { originalName: 'karar.txt', mediaType: 'text/plain', size: bytes.length, sha256: sha256(bytes) },
    });

    const out = join(dir, 'export.txt');
    await backend.documents.export(added.versionId, out, { overwrite: false });
    expect((await readFile(out)).equals(bytes)).toBe(true);
    await expect(backend.documents.export(added.versionId, out, { overwrite: false })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await writeFile(out, 'eski');
    await backend.documents.export(added.versionId, out, { overwrite: true });
    expect((await readFile(out)).equals(bytes)).toBe(true);

    expect((await call('documents:verify', { id: added.id })).results).toEqual([
      { id: added.id, ok: true, versions: [{ id: added.versionId, versionNo: 1, ok: true, problem: null }] },
    ]);
    expect(await auditOf(added.id)).toEqual(['created', 'exported', 'exported']);

    // Only the export (outside the vault) holds the plaintext; the vault folder never does.
    expect(await filesContaining(vaultDir, CANARY)).toEqual([]);
    await backend.lock();
    expect(await filesContaining(vaultDir, CANARY)).toEqual([]);
  });

  it('indexes a plain-text document so a word inside it is found', async () => {
    const { path } = await sourceFile('dilekce.md');
    const added = await backend.documents.add(
      { caseId, title: 'Dilekçe', category: 'petition' },
      { kind: 'file', path },
    );
    const hits = await sql<{
      ref_id: string;
    }>`SELECT ref_id FROM search_fts WHERE search_fts MATCH 'reddedildi' AND kind = 'document'`.execute(
      backend.vault.db(),
    );
    expect(hits.rows.map((r) => r.ref_id)).toEqual([added.id]);
    // The casefile search finds the word inside the decision, with a marked snippet.
    const found = await call('search:query', { query: 'reddedildi', limit: 10 });
    expect(found.results).toMatchObject([{ kind: 'document', id: added.id, caseId, title: 'Dilekçe' }]);
    expect(found.results[0]?.snippet.some((s) => s.hit && s.text.includes('reddedildi'))).toBe(true);
  });

  it('remove crypto-shreds: key row, search entry and file are gone, and verify no longer finds it', async () => {
    const { path } = await sourceFile();
    const added = await backend.documents.add({ caseId, title: 'Karar', category: 'decision' }, { kind: 'file', path });
    expect(await documentFiles()).toHaveLength(1);
    await call('documents:remove', { id: added.id });
    const db = backend.vault.db();
    expect(await db.selectFrom('document_version').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('document').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('search_fts').select('ref_id').where('kind', '=', 'document').execute()).toEqual([]);
    expect(await documentFiles()).toEqual([]);
    expect(await auditOf(added.id)).toEqual(['created', 'deleted']);
    expect(code(await invoke('documents:verify', { id: added.id }))).toBe('NOT_FOUND');
  });

  it('a tampered file fails verify (integrity) and its stream yields the INTEGRITY error', async () => {
    const { path, bytes } = await sourceFile();
    const added = await backend.documents.add({ caseId, title: 'Karar', category: 'decision' }, { kind: 'file', path });
    const [name] = await documentFiles();
    const file = join(documentsDir(), name!);
    const damaged = await readFile(file);
    damaged[damaged.length - 100] = (damaged[damaged.length - 100] ?? 0) ^ 0xff;
    await writeFile(file, damaged);

    const [result] = (await call('documents:verify', {})).results;
    expect(result).toMatchObject({ id: added.id, ok: false, versions: [{ ok: false, problem: 'integrity' }] });

    const opened = await backend.documents.openStream(added.versionId);
    expect(opened).toMatchObject({ documentId: added.id, mediaType: 'text/plain', size: bytes.length });
    const received: Buffer[] = [];
    await expect(
      (async () => {
        for await (const c of opened.chunks) received.push(c);
      })(),
    ).rejects.toMatchObject({ code: 'INTEGRITY' });
    // Only whole, authenticated chunks came out before the damaged last one.
    const got = Buffer.concat(received);
    expect(got.length % (64 * 1024)).toBe(0);
    expect(got.equals(bytes.subarray(0, got.length))).toBe(true);
    expect(await auditOf(added.id)).toEqual(['created', 'opened']);
  });

  it('refuses an unknown case, a trashed case and bad metadata', async () => {
    const { path } = await sourceFile();
    const meta = { caseId: '00000000-0000-4000-8000-000000000000', title: 'X', category: 'other' };
    await expect(backend.documents.add(meta, { kind: 'file', path })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      backend.documents.add({ caseId, title: '', category: 'nope' }, { kind: 'file', path }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: ['document.title:text.required', 'document.category:document.unknownCategory'],
    });
    expect(await documentFiles()).toEqual([]);
  });

  it('sweep removes temp files and files no row points to, once old enough, and keeps the rest', async () => {
    const { path, bytes } = await sourceFile();
    const added = await backend.documents.add({ caseId, title: 'Karar', category: 'decision' }, { kind: 'file', path });
    const [kept] = await documentFiles();
    await writeFile(join(documentsDir(), '.0123456789abcdef01234567.tmp'), 'half');
    await writeFile(join(documentsDir(), 'ffffffffffffffffffffffffffffffff'), 'orphan');
    await writeFile(join(documentsDir(), 'notes-of-someone-else.txt'), 'not ours');
    expect(await backend.documents.sweep()).toBe(0);
    expect(await backend.documents.sweep(0)).toBe(2);
    expect((await documentFiles()).sort()).toEqual([kept, 'notes-of-someone-else.txt'].sort());
    const out = join(dir, 'after-sweep.txt');
    await backend.documents.export(added.versionId, out, { overwrite: false });
    expect((await readFile(out)).equals(bytes)).toBe(true);
  });

  describe('upload sessions through the router', () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 12_345);
    const pieces = (size = 700_000) => {
      const out: string[] = [];
      for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size).toString('base64'));
      return out;
    };
    const begin = (extra: Partial<ChannelInput<'documents:beginUpload'>> = {}) =>
      call('documents:beginUpload', {
        caseId,
        title: 'Kimlik belgesi',
        category: 'identity-document',
        originalName: 'kimlik.jpg',
        mediaType: 'image/jpeg',
        size: bytes.length,
        ...extra,
      });

    it('uploads in chunks, and a second upload becomes version 2; both versions stay readable', async () => {
      const { uploadId } = await begin();
      let received = 0;
      for (const [index, chunk] of pieces().entries())
        ({ received } = await call('documents:uploadChunk', { uploadId, index, bytes: chunk }));
      expect(received).toBe(bytes.length);
      const done = await call('documents:finishUpload', { uploadId });
      expect(done).toMatchObject({ sha256: sha256(bytes), size: bytes.length });

      const second = await begin({ documentId: done.id, size: 5 });
      await call('documents:uploadChunk', { uploadId: second.uploadId, index: 0, bytes: 'aGVsbG8=' });
      const v2 = await call('documents:finishUpload', { uploadId: second.uploadId });
      expect(v2.id).toBe(done.id);

      const versions = (await call('documents:versions', { documentId: done.id })).versions;
      expect(versions.map((v) => [v.versionNo, v.size])).toEqual([
        [2, 5],
        [1, bytes.length],
      ]);
      const first = await backend.documents.openStream(done.versionId);
      const chunks: Buffer[] = [];
      for await (const c of first.chunks) chunks.push(c);
      expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
      expect((await call('documents:list', { caseId })).documents[0]?.latest.versionNo).toBe(2);
      expect((await call('documents:verify', {})).results.every((r) => r.ok)).toBe(true);
    });

    it('refuses chunks out of order or beyond the declared size, and a finish short of it', async () => {
      const { uploadId } = await begin();
      const [first] = pieces();
      expect(code(await invoke('documents:uploadChunk', { uploadId, index: 1, bytes: first! }))).toBe('VALIDATION');
      await call('documents:uploadChunk', { uploadId, index: 0, bytes: first! });
      expect(code(await invoke('documents:finishUpload', { uploadId }))).toBe('VALIDATION');
      // A failed finish discards the session and its temp file.
      expect(code(await invoke('documents:uploadChunk', { uploadId, index: 1, bytes: first! }))).toBe('NOT_FOUND');
      expect(await documentFiles()).toEqual([]);

      const small = await begin({ size: 3 });
      expect(code(await invoke('documents:uploadChunk', { uploadId: small.uploadId, index: 0, bytes: first! }))).toBe(
        'VALIDATION',
      );
      expect(await documentFiles()).toEqual([]);
    });

    it('reports a bad case at begin, before any chunk is sent', async () => {
      const r = await invoke('documents:beginUpload', {
        caseId: '00000000-0000-4000-8000-000000000000',
        title: 'X',
        category: 'other',
        originalName: 'x.pdf',
        mediaType: 'application/pdf',
        size: 1,
      });
      expect(code(r)).toBe('NOT_FOUND');
      const path = await invoke('documents:beginUpload', {
        caseId,
        title: 'X',
        category: 'other',
        originalName: '../../etc/passwd',
        mediaType: 'text/plain',
        size: 1,
      });
      expect(path.ok ? [] : path.error.details).toEqual(['originalName:document.badName']);
    });

    it('cancel and lock leave no temp file and no row', async () => {
      const { uploadId } = await begin();
      const [first] = pieces();
      await call('documents:uploadChunk', { uploadId, index: 0, bytes: first! });
      expect((await documentFiles()).some((n) => n.endsWith('.tmp'))).toBe(true);
      await call('documents:cancelUpload', { uploadId });
      expect(await documentFiles()).toEqual([]);

      const other = await begin();
      await call('documents:uploadChunk', { uploadId: other.uploadId, index: 0, bytes: first! });
      await call('vault:lock', {});
      // The lock hook aborts the session; its cleanup finishes on its own schedule.
      await vi.waitFor(async () => expect(await documentFiles()).toEqual([]), {
        timeout: scaled(10_000),
        interval: 20,
      });
      await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
      expect(code(await invoke('documents:finishUpload', { uploadId: other.uploadId }))).toBe('NOT_FOUND');
      expect((await call('documents:list', { caseId })).documents).toEqual([]);
    });
  });
});
