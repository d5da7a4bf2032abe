import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The casefile: clients, cases and their timelines.
 *
 * - Ids are random UUIDs, so nothing about a record (order, count) can be read from its id.
 * - `version` is bumped on every update: a stale form or a second window is detected instead of
 *   silently overwriting (optimistic concurrency).
 * - `deleted_at` is the trash: set on delete, cleared on restore; emptying the trash deletes rows
 *   for real (children go with ON DELETE CASCADE, secure_delete zeroes the freed pages).
 * - List-valued fields that are only ever read with their owner (languages, tags) are JSON text;
 *   values that are searched or matched on their own (aliases, identity numbers, vulnerabilities)
 *   get child tables with indexes.
 */
export const migration0003Casefile: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('client')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('given_name', 'text', (c) => c.notNull())
      .addColumn('family_name', 'text')
      // Turkish alphabetical order as a binary-sortable key (SQLite has no Turkish collation).
      .addColumn('sort_key', 'text', (c) => c.notNull())
      .addColumn('father_name', 'text')
      .addColumn('mother_name', 'text')
      .addColumn('birth_date', 'text')
      .addColumn('birth_date_precision', 'text')
      .addColumn('gender', 'text')
      .addColumn('gender_description', 'text')
      .addColumn('nationality', 'text')
      .addColumn('other_nationalities', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('stateless', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('interpreter_needed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('interpreter_language', 'text')
      .addColumn('phone', 'text')
      .addColumn('province', 'text')
      .addColumn('district', 'text')
      .addColumn('address_line', 'text')
      /** JSON { flags, instructions }. */
      .addColumn('safe_contact', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex('client_list').on('client').columns(['deleted_at', 'sort_key']).execute();
    await db.schema.createIndex('client_nationality').on('client').column('nationality').execute();

    await db.schema
      .createTable('client_alias')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'text', (c) => c.notNull().references('client.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('client_alias_client').on('client_alias').column('client_id').execute();

    await db.schema
      .createTable('client_identity')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'text', (c) => c.notNull().references('client.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('normalized', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('client_identity_client').on('client_identity').column('client_id').execute();
    await db.schema
      .createIndex('client_identity_lookup')
      .on('client_identity')
      .columns(['kind', 'normalized'])
      .execute();

    await db.schema
      .createTable('client_vulnerability')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'text', (c) => c.notNull().references('client.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('since', 'text')
      .addColumn('note', 'text')
      .addUniqueConstraint('client_vulnerability_unique', ['client_id', 'code'])
      .execute();
    await db.schema.createIndex('client_vulnerability_code').on('client_vulnerability').column('code').execute();

    await db.schema
      .createTable('client_consent')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'text', (c) => c.notNull().references('client.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('given_on', 'text', (c) => c.notNull())
      .addColumn('scope', 'text')
      .addColumn('how', 'text')
      .addColumn('withdrawn_on', 'text')
      .execute();
    await db.schema.createIndex('client_consent_client').on('client_consent').column('client_id').execute();

    // "case" is an SQL keyword; legal_case avoids quoting it everywhere.
    await db.schema
      .createTable('legal_case')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('stage', 'text')
      .addColumn('authority_kind', 'text')
      .addColumn('authority_name', 'text')
      .addColumn('court', 'text')
      /** JSON [{ kind: esas|karar|authority|application|other, value }]. */
      .addColumn('file_numbers', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('opposing_party', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('opened_on', 'text', (c) => c.notNull())
      .addColumn('closed_on', 'text')
      .addColumn('closure_reason', 'text')
      .addColumn('closure_note', 'text')
      /** Years to keep the file after closure; null: the vault-wide setting applies. */
      .addColumn('retention_years', 'integer')
      .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex('legal_case_list').on('legal_case').columns(['deleted_at', 'opened_on']).execute();
    await db.schema.createIndex('legal_case_status').on('legal_case').columns(['status', 'type']).execute();

    await db.schema
      .createTable('case_client')
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('client_id', 'text', (c) => c.notNull().references('client.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('case_client_pk', ['case_id', 'client_id'])
      .execute();
    await db.schema.createIndex('case_client_client').on('case_client').column('client_id').execute();

    await db.schema
      .createTable('case_note')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('case_note_timeline').on('case_note').columns(['case_id', 'created_at']).execute();

    await db.schema
      .createTable('case_activity')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('occurred_on', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer')
      .addColumn('summary', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createIndex('case_activity_timeline')
      .on('case_activity')
      .columns(['case_id', 'occurred_on'])
      .execute();

    await db.schema
      .createTable('case_task')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text')
      .addColumn('done_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    // (case_id, done_at, due_on) answers "open and overdue tasks of this case" from the index alone.
    await db.schema.createIndex('case_task_case').on('case_task').columns(['case_id', 'done_at', 'due_on']).execute();
    await db.schema.createIndex('case_task_open').on('case_task').columns(['done_at', 'due_on']).execute();

    await db.schema
      .createTable('time_entry')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('legal_case.id').onDelete('cascade'))
      .addColumn('worked_on', 'text', (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('pro_bono', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('time_entry_case').on('time_entry').columns(['case_id', 'worked_on']).execute();

    // Opposing parties, relatives, witnesses: people who are not clients but matter for conflicts.
    await db.schema
      .createTable('related_person')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.references('legal_case.id').onDelete('cascade'))
      .addColumn('client_id', 'text', (c) => c.references('client.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('birth_date', 'text')
      .addColumn('identity_number', 'text')
      .addColumn('note', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('related_person_case').on('related_person').column('case_id').execute();

    // Which record each full-text row belongs to. FTS5 cannot index its own columns, so finding
    // a record's row by (kind, ref_id) there scans the whole index; here it is one index lookup,
    // and the FTS row is then deleted by rowid.
    await db.schema
      .createTable('search_doc')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ref_id', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text')
      .addUniqueConstraint('search_doc_ref', ['kind', 'ref_id'])
      .execute();
    await db.schema.createIndex('search_doc_case').on('search_doc').column('case_id').execute();

    // Full-text index over Turkish-folded text (İsmail, ISMAIL and ismail share one form), kept
    // by the services on every write. Only ids leave it; titles and snippets come from the rows.
    await sql`CREATE VIRTUAL TABLE search_fts USING fts5(
      kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED, text,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )`.execute(db);
  },
};
