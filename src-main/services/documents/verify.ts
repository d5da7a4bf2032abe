import { createHash } from 'node:crypto';
import { wipeAndRelease } from '../../crypto/buffers';
import { DocumentIntegrityError } from '../../crypto/document-format';
import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { DocumentVerifyResult } from '../../shared/schemas/documents';
import { readDocument } from '../../storage/document-store';
import { isErrno } from './errors';

type Problem = DocumentVerifyResult['versions'][number]['problem'];

/** Authenticates every chunk of one version and compares the plaintext hash and size. */
async function checkVersion(
  dir: string,
  row: { file_name: string; key: Buffer; sha256: string; size: number },
): Promise<Problem> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of readDocument(dir, row.file_name, row.key)) {
      hash.update(chunk);
      size += chunk.length;
      wipeAndRelease(chunk);
    }
  } catch (error) {
    if (error instanceof DocumentIntegrityError) return 'integrity';
    if (isErrno(error, 'ENOENT')) return 'missing';
    throw error;
  } finally {
    row.key.fill(0);
  }
  return hash.digest('hex') === row.sha256 && size === row.size ? null : 'checksum';
}

/**
 * Verifies one document (NOT_FOUND if it does not exist) or every document, one version at a
 * time so only one key and one chunk are in memory at once.
 */
export async function verifyDocuments(db: Db, dir: string, documentId?: string): Promise<DocumentVerifyResult[]> {
  let query = db.selectFrom('document').select('id').orderBy('created_at').orderBy('id');
  if (documentId !== undefined) query = query.where('id', '=', documentId);
  const docs = await query.execute();
  if (documentId !== undefined && docs.length === 0) throw new AppError('NOT_FOUND', 'Not found');
  const results: DocumentVerifyResult[] = [];
  for (const doc of docs) {
    const versions = await db
      .selectFrom('document_version')
      .select(['id', 'version_no'])
      .where('document_id', '=', doc.id)
      .orderBy('version_no')
      .execute();
    const checked: DocumentVerifyResult['versions'] = [];
    for (const v of versions) {
      const row = await db
        .selectFrom('document_version')
        .select(['file_name', 'key', 'sha256', 'size'])
        .where('id', '=', v.id)
        .executeTakeFirstOrThrow();
      const problem = await checkVersion(dir, row);
      checked.push({ id: v.id, versionNo: v.version_no, ok: problem === null, problem });
    }
    results.push({ id: doc.id, ok: checked.every((c) => c.ok), versions: checked });
  }
  return results;
}
