import type { Kysely, Migration } from 'kysely';

/**
 * Work on documents that must survive a crash, a lock or a restart:
 *
 * - `document_text_job`: a PDF version whose text is not yet in the search index. Import stores
 *   the document and its row at once; the text is read later by a worker thread and indexed
 *   behind (document-text-queue.ts). A job is deleted when done (or given up after a few tries);
 *   deleting the version (or its document, case) deletes the job with it.
 * - `pending_export`: a decrypted export being written to a temp file next to the chosen
 *   destination. Recorded before the temp file exists and removed once it was published or
 *   removed, so a process killed half-way leaves a row, and the next unlock deletes the
 *   plaintext temp file it names (pending-exports.ts). `pid` is the writing process, so a live
 *   export by another process (the CLI while the app unlocks) is not swept from under it.
 */
export const migration0010DocumentQueues: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('document_text_job')
      .addColumn('version_id', 'text', (c) => c.primaryKey().references('document_version.id').onDelete('cascade'))
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('pending_export')
      .addColumn('temp_path', 'text', (c) => c.primaryKey())
      .addColumn('pid', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
