/**
 * The viewer's and export's backend, through the real router on a real vault:
 * `documents:read` hands out a version's authenticated plaintext in ≤ 1 MiB pieces (front to
 * back, with jumps), refuses unknown ids and a locked vault; `documents:export` goes through the
 * injected save dialog only; PDFs added by upload are searchable by a word inside them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { createPdfTextWorker, extractPdfText, PdfTextStalled } from '../../src-main/services/documents/pdf-text';
import { channelsOf, codeOf as code, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';
import { manyPagePdf, minimalPdf } from '../e2e/documents-files';

const MiB = 1024 * 1024;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('documents:read, documents:export and PDF text', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let caseId: string;
  /** What the fake save dialog answers next (null: the lawyer cancelled). */
  let dialogAnswer: string | null;
  const dialogAsked: string[] = [];

  const { call, invoke } = channelsOf(() => backend);

  /** Uploads through the IPC channels, as the renderer does. */
  async function upload(bytes: Buffer, originalName: string, mediaType: string, title = 'Belge') {
    const { uploadId } = await call('documents:beginUpload', {
      caseId,
      title,
      category: 'decision',
      originalName,
      mediaType,
      size: bytes.length,
    });
    for (let i = 0, index = 0; i < bytes.length; i += MiB, index++)
      await call('documents:uploadChunk', { uploadId, index, bytes: bytes.subarray(i, i + MiB).toString('base64') });
    return call('documents:finishUpload', { uploadId });
  }

  async function auditActions(documentId: string): Promise<string[]> {
    const rows = await backend.vault
      .db()
      .selectFrom('audit_event')
      .select('action')
      .where('entity', '=', 'document')
      .where('entity_id', '=', documentId)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.action);
  }

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    dialogAnswer = null;
    dialogAsked.length = 0;
    backend = testBackend({
      vaultDir: join(dir, 'vault'),
      clock: fakeClock(),
      saveDialog: (name) => {
        dialogAsked.push(name);
        return Promise.resolve(dialogAnswer);
      },
    });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
    ({ caseId } = await call('intake:create', {
      client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    }));
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('reads a multi-chunk version back in 1 MiB pieces, byte-identical, eof only at the end, one audit event', async () => {
    const bytes = randomBytes(2 * MiB + 12_345);
    const added = await upload(bytes, 'tarama.jpg', 'image/jpeg');
    const pieces: Buffer[] = [];
    const eofs: boolean[] = [];
    for (let offset = 0, eof = false; !eof;) {
      const r = await call('documents:read', { versionId: added.versionId, offset, length: MiB });
      const piece = Buffer.from(r.bytes, 'base64');
      pieces.push(piece);
      eofs.push(r.eof);
      offset += piece.length;
      eof = r.eof;
    }
    expect(sha256(Buffer.concat(pieces))).toBe(sha256(bytes));
    expect(eofs).toEqual([false, false, true]);
    expect(pieces.map((p) => p.length)).toEqual([MiB, MiB, 12_345]);
    // One stream served all three pieces: one 'opened' event, not one per piece.
    expect(await auditActions(added.id)).toEqual(['created', 'opened']);

    // Jumps: forwards skips, backwards restarts; both return the right bytes.
    const mid = await call('documents:read', { versionId: added.versionId, offset: 1_500_000, length: 1000 });
    expect(Buffer.from(mid.bytes, 'base64').equals(bytes.subarray(1_500_000, 1_501_000))).toBe(true);
    const start = await call('documents:read', { versionId: added.versionId, offset: 10, length: 20 });
    expect(Buffer.from(start.bytes, 'base64').equals(bytes.subarray(10, 30))).toBe(true);
    expect(start.eof).toBe(false);
  });

  it('reads an empty document as one empty, final piece', async () => {
    const added = await upload(Buffer.alloc(0), 'bos.txt', 'text/plain');
    expect(await call('documents:read', { versionId: added.versionId, offset: 0, length: MiB })).toEqual({
      bytes: '',
      eof: true,
    });
  });

  it('refuses an unknown id, a piece over 1 MiB and any read while locked', async () => {
    const added = await upload(Buffer.from('Tebligat metni'), 'tebligat.txt', 'text/plain');
    // A never-issued id, a case id and a document id are not version ids.
    for (const versionId of ['00000000-0000-4000-8000-000000000000', caseId, added.id]) {
      expect(code(await invoke('documents:read', { versionId, offset: 0, length: 10 }))).toBe('NOT_FOUND');
    }
    expect(code(await invoke('documents:read', { versionId: added.versionId, offset: 0, length: MiB + 1 }))).toBe(
      'VALIDATION',
    );

    // A reader left open mid-file is closed by the lock; reading afterwards is refused.
    await call('documents:read', { versionId: added.versionId, offset: 0, length: 4 });
    await call('vault:lock', {});
    expect(code(await invoke('documents:read', { versionId: added.versionId, offset: 4, length: 10 }))).toBe('LOCKED');
    expect(code(await invoke('documents:export', { versionId: added.versionId }))).toBe('LOCKED');
    expect(dialogAsked).toEqual([]);
  });

  it('exports only through the save dialog: cancelled writes nothing, a chosen path gets the plaintext, audited', async () => {
    const bytes = Buffer.from('Sınır dışı etme kararına itiraz dilekçesi');
    const added = await upload(bytes, 'itiraz.txt', 'text/plain');
    expect(await call('documents:export', { versionId: added.versionId })).toEqual({ exported: false });
    expect(dialogAsked).toEqual(['itiraz.txt']);

    dialogAnswer = join(dir, 'disari.txt');
    expect(await call('documents:export', { versionId: added.versionId })).toEqual({ exported: true });
    expect((await readFile(dialogAnswer)).equals(bytes)).toBe(true);
    expect(await auditActions(added.id)).toEqual(['created', 'exported']);
    expect(code(await invoke('documents:export', { versionId: added.id }))).toBe('NOT_FOUND');
  });

  it('extracts the text of a minimal PDF with pdf.js, and a broken PDF yields nothing', async () => {
    const text = await extractPdfText(minimalPdf(['Tahliye karari', 'Kanarya kelimesi gizli']));
    expect(text).toContain('Tahliye karari');
    expect(text).toContain('Kanarya kelimesi gizli');
    expect(await extractPdfText(Buffer.from('%PDF-1.4\nthis is not a pdf'))).toBe('');
  });

  it('the PDF text worker reports every page, so only a worker that stops making progress is stopped', async () => {
    const worker = createPdfTextWorker();
    try {
      const pages: number[] = [];
      const text = await worker.extract(new Uint8Array(manyPagePdf(3)), undefined, (page) => pages.push(page));
      expect(pages).toEqual([0, 1, 2, 3]);
      expect(text).toContain('sayfa 3 / 3');
    } finally {
      await worker.close();
    }
  });

  it('a PDF text worker that makes no progress within the stall time is stopped and says so (not an empty text)', async () => {
    // 1 ms is less than the worker needs to load pdf.js: it cannot report a page in time.
    const worker = createPdfTextWorker({ stallMs: 1 });
    try {
      await expect(worker.extract(new Uint8Array(manyPagePdf(2)))).rejects.toBeInstanceOf(PdfTextStalled);
    } finally {
      await worker.close();
    }
  });

  it('indexes an uploaded PDF so search:query finds a word only inside it; a broken PDF still uploads', async () => {
    const pdf = minimalPdf(['Idare mahkemesi', 'geriGonderme zeytinburnu']);
    const added = await upload(pdf, 'karar.pdf', 'application/pdf', 'Mahkeme kararı');
    // The text is read behind the import (document-text-queue.test.ts proves it does not block it).
    await backend.documents.texts.drain();
    const found = await call('search:query', { query: 'zeytinburnu', limit: 10 });
    expect(found.results).toMatchObject([{ kind: 'document', id: added.id, caseId, title: 'Mahkeme kararı' }]);

    const broken = await upload(Buffer.from('%PDF-1.7\n%%EOF garbage'), 'bozuk.pdf', 'application/pdf');
    await backend.documents.texts.drain();
    expect((await call('documents:list', { caseId })).documents.map((d) => d.id)).toContain(broken.id);
    expect((await call('search:query', { query: 'garbage', limit: 10 })).results).toEqual([]);
  });
});
