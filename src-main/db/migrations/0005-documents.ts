import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Documents attached to cases. `document` holds what the lawyer typed (title, category, …);
 * `document_version` one row per uploaded file, with the file's own random AES key. The key is
 * the only way to read the file: deleting the row (secure_delete on, then a WAL checkpoint)
 * destroys the document even if the file itself survives somewhere (crypto-shredding).
 *
 * `file_name` is the random storage name (the file id in hex); `original_name` is shown to the
 * lawyer and never used as a path.
 */
export const migration0005Documents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('document')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      // The document belongs to the case; a client emptied from the trash leaves it in place.
      .addColumn('client_id', 'text', (c) => c.references('client.id').onDelete('set null'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) =>
        c
          .notNull()
          .check(
            sql`category IN ('decision', 'petition', 'identity-document', 'evidence', 'medical', 'correspondence', 'other')`,
          ),
      )
      .addColumn('document_date', 'text')
      .addColumn('note', 'text')
      .addColumn('language', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex('document_case').on('document').columns(['case_id', 'deleted_at']).execute();
    await db.schema.createIndex('document_client').on('document').column('client_id').execute();

    await db.schema
      .createTable('document_version')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('document.id').onDelete('cascade'))
      .addColumn('version_no', 'integer', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull().unique())
      .addColumn('original_name', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('key', 'blob', (c) => c.notNull().check(sql`length(key) = 32`))
      .addColumn('chunk_size', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('document_version_no', ['document_id', 'version_no'])
      .execute();
    // Duplicate detection looks documents up by content hash.
    await db.schema.createIndex('document_version_sha256').on('document_version').column('sha256').execute();
  },
};
