import { randomBytes } from 'node:crypto';
import { indexRecord, unindexRecords } from '../casefile/search-index';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute } from 'node:path';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/connection';
import type { Database } from '../../db/schema';
import type { ByteSource, PlaintextReader } from '../../crypto/document-stream';
import { recordIdSchema } from '../../shared/schemas/casefile-common';
import {
  documentMetadataSchema,
  MAX_DOCUMENT_BYTES,
  mediaTypeSchema,
  originalNameSchema,
  type AddedDocument,
  type DocumentVersionView,
  type DocumentView,
} from '../../shared/schemas/documents';
import { AppError } from '../../shared/errors';
import {
  fileFiller,
  readDocument,
  removeDocumentFile,
  sweepDocuments,
  writeDocument,
  writeThroughTemp,
} from '../../storage/document-store';
import { mutate, recordAudit } from '../audit-log';
import { newRecordId, nowIso, validate, type CasefileDeps } from '../casefile/context';
import {
  documentView,
  requireDocument,
  requireLiveCase,
  requireLiveClient,
  VERSION_COLUMNS,
  versionView,
  versionWithKey,
} from './document-rows';
import { asAppError, isErrno, mapErrors } from './errors';
import { isIndexableText, mediaTypeFromName } from './media-types';
import { createDocumentTextQueue, type DocumentTextQueueDeps } from './document-text-queue';
import { createPendingExports } from './pending-exports';
import { looksLikePdf } from './pdf-text';
import { captureText } from './text-capture';
import { verifyDocuments } from './verify';

export interface DocumentDeps extends CasefileDeps {
  /** `<vault>/documents`: created on the first write, 0700. */
  documentsDir: string;
  /** Tests use small chunks to cross many boundaries cheaply; production keeps the default. */
  chunkSize?: number;
  /** Test hooks of the PDF text queue (document-text-queue.ts); production passes none. */
  textQueue?: Pick<DocumentTextQueueDeps, 'beforeExtract' | 'onEvent' | 'stallMs'>;
}

/**
 * Where a document's bytes come from. The main process (file dialog, CLI) may name a file; the
 * renderer only ever sends bytes, so a compromised renderer cannot make us read arbitrary paths.
 */
export type DocumentSource =
  | { kind: 'file'; path: string }
  | {
      kind: 'bytes';
      chunks: ByteSource;
      originalName: string;
      mediaType: string;
      /** The declared size, when known: large documents are hashed on a second thread. */
      size?: number;
    };

export interface OpenedDocument {
  documentId: string;
  mediaType: string;
  size: number;
  /** Authenticated plaintext; failures arrive as AppError INTEGRITY. */
  chunks: AsyncGenerator<Buffer, void, undefined>;
}

const idSchema = recordIdSchema;
const DOCUMENT_KIND = 'document';

interface Described {
  originalName: string;
  mediaType: string;
  chunks: ByteSource | PlaintextReader;
  size?: number;
  /** Closes the file a 'file' source opened. */
  close(): Promise<void>;
}

async function describe(source: DocumentSource): Promise<Described> {
  if (source.kind === 'bytes') {
    return {
      originalName: validate(originalNameSchema, source.originalName, 'originalName'),
      mediaType: validate(mediaTypeSchema, source.mediaType, 'mediaType'),
      chunks: source.chunks,
      ...(source.size === undefined ? {} : { size: source.size }),
      close: () => Promise.resolve(),
    };
  }
  if (!isAbsolute(source.path)) throw new AppError('VALIDATION', 'Invalid input', ['path']);
  const originalName = validate(originalNameSchema, basename(source.path), 'originalName');
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(source.path, 'r');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) throw new AppError('NOT_FOUND', 'The file to add was not found');
    if (isErrno(error, 'EISDIR')) throw new AppError('VALIDATION', 'Invalid input', ['path']);
    throw error;
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw new AppError('VALIDATION', 'Invalid input', ['path']);
  }
  // Read straight into the encryptor's chunk buffers (document-store.ts fileFiller).
  return {
    originalName,
    mediaType: mediaTypeFromName(originalName),
    chunks: fileFiller(handle),
    size: info.size,
    close: () => handle.close(),
  };
}

interface Written {
  fileName: string;
  sha256: string;
  size: number;
  chunkSize: number;
  originalName: string;
  mediaType: string;
  /** Plain text for the index (text files); empty for other kinds. */
  text: string;
  /** A PDF: its text is read later, by the text queue. */
  pdf: boolean;
}

type Executor = Db | Transaction<Database>;

/** One search row per document: title, note and (text files, PDFs) the latest version's text. */
function indexDocument(tx: Executor, id: string, caseId: string, parts: Array<string | null>): Promise<void> {
  return indexRecord(tx, 'document', id, caseId, parts);
}

export function createDocumentService(deps: DocumentDeps) {
  const dir = deps.documentsDir;
  const texts = createDocumentTextQueue({ db: deps.db, documentsDir: dir, ...deps.textQueue });
  const pendingExports = createPendingExports(deps);

  /**
   * Encrypts the source to a new file under a fresh key, then lets `commit` write the rows. The
   * file is published before its row exists, so a row never points at a half-written file; a
   * crash in between leaves an unreferenced file whose key never reached the disk (`sweep`
   * removes it). If the commit fails, the file goes at once.
   */
  async function withNewFile<T>(
    source: DocumentSource,
    signal: AbortSignal | undefined,
    commit: (written: Written, key: Buffer) => Promise<T>,
  ): Promise<T> {
    const described = await describe(source);
    const key = randomBytes(32);
    try {
      const capture = captureText({
        text: isIndexableText(described.mediaType, described.originalName),
        maxBytes: MAX_DOCUMENT_BYTES,
      });
      let file: Awaited<ReturnType<typeof writeDocument>>;
      try {
        file = await writeDocument(dir, described.chunks, key, {
          ...(deps.chunkSize ? { chunkSize: deps.chunkSize } : {}),
          ...(signal ? { signal } : {}),
          ...(described.size === undefined ? {} : { sizeHint: described.size }),
          tap: capture.tap,
        });
      } catch (error) {
        capture.discard();
        throw asAppError(error);
      }
      const written: Written = {
        fileName: file.fileName,
        sha256: file.sha256,
        size: file.size,
        chunkSize: file.chunkSize,
        originalName: described.originalName,
        mediaType: described.mediaType,
        text: capture.text(),
        pdf: looksLikePdf(described.mediaType, described.originalName) && file.size > 0,
      };
      try {
        return await commit(written, key);
      } catch (error) {
        await removeDocumentFile(dir, file.fileName).catch(() => undefined);
        throw error;
      }
    } finally {
      key.fill(0);
      await described.close().catch(() => undefined);
    }
  }

  /** A PDF's text is indexed behind the import: queued in the same transaction as its row. */
  async function queueText(tx: Executor, versionId: string, w: Written): Promise<void> {
    if (!w.pdf) return;
    await tx
      .insertInto('document_text_job')
      .values({ version_id: versionId, created_at: nowIso(deps) })
      .execute();
  }

  function versionRow(id: string, documentId: string, versionNo: number, w: Written, key: Buffer) {
    return {
      id,
      document_id: documentId,
      version_no: versionNo,
      file_name: w.fileName,
      original_name: w.originalName,
      media_type: w.mediaType,
      size: w.size,
      sha256: w.sha256,
      key,
      chunk_size: w.chunkSize,
      created_at: nowIso(deps),
    };
  }

  async function add(
    metadata: unknown,
    source: DocumentSource,
    options: { signal?: AbortSignal } = {},
  ): Promise<AddedDocument> {
    const meta = validate(documentMetadataSchema, metadata, 'document');
    await requireLiveCase(deps.db(), meta.caseId);
    if (meta.clientId) await requireLiveClient(deps.db(), meta.clientId);
    return withNewFile(source, options.signal, async (w, key) => {
      const id = newRecordId(deps);
      const versionId = newRecordId(deps);
      const at = nowIso(deps);
      await mutate(deps, { action: 'created', entity: 'document', entityId: id }, async (tx) => {
        await tx
          .insertInto('document')
          .values({
            id,
            case_id: meta.caseId,
            client_id: meta.clientId ?? null,
            title: meta.title,
            category: meta.category,
            document_date: meta.documentDate ?? null,
            note: meta.note ?? null,
            language: meta.language ?? null,
            created_at: at,
            updated_at: at,
            deleted_at: null,
          })
          .execute();
        await tx
          .insertInto('document_version')
          .values(versionRow(versionId, id, 1, w, key))
          .execute();
        await indexDocument(tx, id, meta.caseId, [meta.title, meta.note ?? null, w.text]);
        await queueText(tx, versionId, w);
      });
      if (w.pdf) texts.start();
      return { id, versionId, versionNo: 1, sha256: w.sha256, size: w.size };
    });
  }

  /** A new file for an existing document; older versions stay readable. */
  async function addVersion(
    documentId: string,
    source: DocumentSource,
    options: { signal?: AbortSignal } = {},
  ): Promise<AddedDocument> {
    const id = validate(idSchema, documentId, 'documentId');
    const doc = await requireDocument(deps.db(), id);
    return withNewFile(source, options.signal, async (w, key) => {
      const versionId = newRecordId(deps);
      let versionNo = 0;
      await mutate(deps, { action: 'updated', entity: 'document', entityId: id }, async (tx) => {
        const last = await tx
          .selectFrom('document_version')
          .select((eb) => eb.fn.max('version_no').as('n'))
          .where('document_id', '=', id)
          .executeTakeFirst();
        versionNo = Number(last?.n ?? 0) + 1;
        await tx
          .insertInto('document_version')
          .values(versionRow(versionId, id, versionNo, w, key))
          .execute();
        await tx
          .updateTable('document')
          .set((eb) => ({ updated_at: nowIso(deps), version: eb('version', '+', 1) }))
          .where('id', '=', id)
          .execute();
        // The index holds the newest version's text: an older version's pending text is moot.
        await tx
          .deleteFrom('document_text_job')
          .where('version_id', 'in', (eb) =>
            eb.selectFrom('document_version').select('id').where('document_id', '=', id),
          )
          .where('version_id', '!=', versionId)
          .execute();
        await indexDocument(tx, id, doc.case_id, [doc.title, doc.note, w.text]);
        await queueText(tx, versionId, w);
      });
      if (w.pdf) texts.start();
      return { id, versionId, versionNo, sha256: w.sha256, size: w.size };
    });
  }

  async function list(caseId: string): Promise<DocumentView[]> {
    const id = validate(idSchema, caseId, 'caseId');
    const db = deps.db();
    const docs = await db
      .selectFrom('document')
      .selectAll()
      .where('case_id', '=', id)
      .where('deleted_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    if (docs.length === 0) return [];
    const versions = await db
      .selectFrom('document_version')
      .select(VERSION_COLUMNS)
      .where(
        'document_id',
        'in',
        docs.map((d) => d.id),
      )
      .execute();
    const pending = await texts.pendingInCase(id);
    return docs.map((d) =>
      documentView(
        d,
        versions.filter((v) => v.document_id === d.id),
        pending.has(d.id),
      ),
    );
  }

  /** Ids of the case's documents whose PDF text is not in the search index yet. */
  async function textPending(caseId: string): Promise<string[]> {
    return [...(await texts.pendingInCase(validate(idSchema, caseId, 'caseId')))].sort();
  }

  async function versions(documentId: string): Promise<DocumentVersionView[]> {
    const id = validate(idSchema, documentId, 'documentId');
    await requireDocument(deps.db(), id);
    const rows = await deps
      .db()
      .selectFrom('document_version')
      .select(VERSION_COLUMNS)
      .where('document_id', '=', id)
      .orderBy('version_no', 'desc')
      .execute();
    return rows.map(versionView);
  }

  /**
   * Decrypts one version as a stream, for the viewer protocol. The key lives only as long as
   * the stream and is zero-filled when it ends, fails or is abandoned (return()).
   */
  async function openStream(versionId: string, signal?: AbortSignal): Promise<OpenedDocument> {
    const id = validate(idSchema, versionId, 'versionId');
    const row = await versionWithKey(deps.db(), id);
    await recordAudit(deps.db(), deps.clock, { action: 'opened', entity: 'document', entityId: row.document_id });
    const key = row.key;
    async function* chunks(): AsyncGenerator<Buffer, void, undefined> {
      try {
        yield* mapErrors(readDocument(dir, row.file_name, key, signal));
      } finally {
        key.fill(0);
      }
    }
    return { documentId: row.document_id, mediaType: row.media_type, size: row.size, chunks: chunks() };
  }

  /**
   * The one way plaintext reaches the disk: a temp file next to the destination, renamed into
   * place only after every chunk authenticated. Without `overwrite`, link() publishes it, which
   * fails if the name exists, so even a file created meanwhile is never clobbered. The temp
   * file is recorded in the vault while it exists (pending-exports.ts): if this process dies
   * half-way, the next unlock deletes it.
   */
  async function exportTo(versionId: string, destPath: string, options: { overwrite: boolean }): Promise<void> {
    const id = validate(idSchema, versionId, 'versionId');
    if (!isAbsolute(destPath)) throw new AppError('VALIDATION', 'Invalid input', ['destPath']);
    // Checked early too, so a large file is not decrypted only to be refused at the end.
    if (!options.overwrite && (await stat(destPath).catch(() => null)))
      throw new AppError('CONFLICT', 'The destination already exists');
    const row = await versionWithKey(deps.db(), id);
    let temp: string | null = null;
    try {
      await writeThroughTemp(
        dirname(destPath),
        mapErrors(readDocument(dir, row.file_name, row.key)),
        async (written) => {
          if (options.overwrite) return rename(written, destPath);
          try {
            await link(written, destPath);
          } catch (error) {
            if (isErrno(error, 'EEXIST')) throw new AppError('CONFLICT', 'The destination already exists');
            throw error;
          }
          await unlink(written);
        },
        {
          wipe: true,
          beforeCreate: async (path) => {
            await pendingExports.record(path);
            temp = path;
          },
        },
      );
    } finally {
      row.key.fill(0);
      if (temp !== null) await pendingExports.settle(temp);
    }
    await recordAudit(deps.db(), deps.clock, { action: 'exported', entity: 'document', entityId: row.document_id });
  }

  /**
   * Crypto-shredding: the rows holding the keys go first (secure_delete zeroes their pages, the
   * checkpoint pushes that into the main file and truncates the WAL), the files after. If the
   * unlink fails, what remains is ciphertext without a key.
   */
  async function remove(documentId: string): Promise<void> {
    const id = validate(idSchema, documentId, 'documentId');
    const db = deps.db();
    await requireDocument(db, id);
    const files = (
      await db.selectFrom('document_version').select('file_name').where('document_id', '=', id).execute()
    ).map((r) => r.file_name);
    await mutate(deps, { action: 'deleted', entity: 'document', entityId: id }, async (tx) => {
      await unindexRecords(tx, DOCUMENT_KIND, [id]);
      await tx.deleteFrom('document').where('id', '=', id).execute();
    });
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    for (const name of files) await removeDocumentFile(dir, name);
  }

  /**
   * Removes temp files and files no row points to, once they are older than a quarter of an
   * hour (younger ones may be a write in progress), and the plaintext temp files of exports
   * whose process died. Run after unlock and after emptying the trash.
   */
  async function sweep(minAgeMs = 15 * 60_000): Promise<number> {
    const names = await deps.db().selectFrom('document_version').select('file_name').execute();
    const exports = await pendingExports.sweep();
    return exports + (await sweepDocuments(dir, new Set(names.map((r) => r.file_name)), { now: Date.now(), minAgeMs }));
  }

  return {
    add,
    addVersion,
    list,
    textPending,
    versions,
    openStream,
    export: exportTo,
    remove,
    sweep,
    /** PDF text behind the import: start after unlock, stop on lock, drain before a CLI exits. */
    texts,
    /** The storage name of a document's newest version, for `doc path` (tests, forensics). */
    async storageName(documentId: string): Promise<string> {
      const id = validate(idSchema, documentId, 'documentId');
      const row = await deps
        .db()
        .selectFrom('document_version')
        .select('file_name')
        .where('document_id', '=', id)
        .orderBy('version_no', 'desc')
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', 'Not found');
      return row.file_name;
    },
    /** One version without its key (NOT_FOUND if none): the name to offer on export. */
    async describeVersion(versionId: string): Promise<DocumentVersionView> {
      const id = validate(idSchema, versionId, 'versionId');
      const row = await deps
        .db()
        .selectFrom('document_version')
        .select(VERSION_COLUMNS)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND', 'Not found');
      return versionView(row);
    },
    /** The case a document belongs to (NOT_FOUND if none). */
    caseOf: async (documentId: string) =>
      (await requireDocument(deps.db(), validate(idSchema, documentId, 'documentId'))).case_id,
    verify: (documentId?: string) =>
      verifyDocuments(deps.db(), dir, documentId === undefined ? undefined : validate(idSchema, documentId, 'id')),
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
