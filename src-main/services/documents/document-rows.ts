import type { Db } from '../../db/connection';
import type { DbDocument, DbDocumentVersion } from '../../db/schema';
import { AppError } from '../../shared/errors';
import { documentCategorySchema, type DocumentVersionView, type DocumentView } from '../../shared/schemas/documents';

/** Every version column except the key: listings never load keys into memory. */
export const VERSION_COLUMNS = [
  'id',
  'document_id',
  'version_no',
  'file_name',
  'original_name',
  'media_type',
  'size',
  'sha256',
  'chunk_size',
  'created_at',
] as const;
type VersionRow = Omit<DbDocumentVersion, 'key'>;
type DocumentRow = Omit<DbDocument, 'version'> & { version: number };

export function versionView(v: VersionRow): DocumentVersionView {
  return {
    id: v.id,
    documentId: v.document_id,
    versionNo: v.version_no,
    originalName: v.original_name,
    mediaType: v.media_type,
    size: v.size,
    sha256: v.sha256,
    createdAt: v.created_at,
  };
}

export function documentView(d: DocumentRow, versions: VersionRow[], textPending = false): DocumentView {
  const latest = versions.reduce((a, b) => (b.version_no > a.version_no ? b : a));
  return {
    id: d.id,
    caseId: d.case_id,
    clientId: d.client_id,
    title: d.title,
    category: documentCategorySchema.parse(d.category),
    documentDate: d.document_date,
    note: d.note,
    language: d.language,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
    version: d.version,
    latest: versionView(latest),
    versionCount: versions.length,
    textPending,
  };
}

export { requireLiveCase, requireLiveClient } from '../casefile/live-records';

export async function requireDocument(db: Db, id: string): Promise<DocumentRow> {
  const row = await db.selectFrom('document').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Not found');
  return row;
}

/** The version with its key; the caller zero-fills `key` when done with it. */
export async function versionWithKey(db: Db, versionId: string): Promise<DbDocumentVersion> {
  const row = await db.selectFrom('document_version').selectAll().where('id', '=', versionId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Not found');
  return row;
}
