import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encryptDocument } from '../../../src-main/crypto/document-stream';
import { MIN_CHUNK_SIZE } from '../../../src-main/crypto/document-format';
import type { Backend } from '../../../src-main/backend';
import type { DbDocumentVersion } from '../../../src-main/db/schema';

/**
 * Adds `count` small versions to one document, fast: each is a real document-format file under
 * its own key (so verify and restore authenticate every one), written without the per-file fsync
 * and committed in one transaction, where the service would fsync and commit once per upload.
 */
export async function addManyVersions(
  backend: Backend,
  documentsDir: string,
  documentId: string,
  count: number,
): Promise<void> {
  const rows: DbDocumentVersion[] = [];
  for (let i = 0; i < count; i++) {
    const key = randomBytes(32);
    const plain = Buffer.from(`sürüm ${i}`, 'utf8');
    const encryption = encryptDocument([plain], key, { chunkSize: MIN_CHUNK_SIZE });
    const parts: Buffer[] = [];
    for await (const part of encryption.output) parts.push(part);
    const fileName = encryption.fileId.toString('hex');
    await writeFile(join(documentsDir, fileName), Buffer.concat(parts), { mode: 0o600 });
    rows.push({
      id: randomUUID(),
      document_id: documentId,
      version_no: i + 2,
      file_name: fileName,
      original_name: `surum-${i}.txt`,
      media_type: 'text/plain',
      size: plain.length,
      sha256: createHash('sha256').update(plain).digest('hex'),
      key,
      chunk_size: MIN_CHUNK_SIZE,
      created_at: new Date(0).toISOString(),
    });
  }
  const db = backend.vault.db();
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto('document_version')
        .values(rows.slice(i, i + 500))
        .execute();
  });
}
