import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { foldForSearch } from '../../domain/text/turkish-fold';
import type { AuditEntity } from '../../shared/schemas/audit';
import type { DocumentCategory } from '../../shared/schemas/documents';
import type { ConflictService } from '../casefile/conflict-service';
import type { CasefileDeps } from '../casefile/context';
import * as records from '../casefile/record-columns';
import { recordEditor, type Created } from '../casefile/record-rows';
import { indexRecord } from '../casefile/search-index';

type EditableTable = 'case_activity' | 'case_task' | 'time_entry' | 'related_person' | 'document';

/**
 * Corrections to what the lawyer entered: activities, tasks, time entries, persons, and a
 * document's title and category. Each checks the version (a stale screen cannot overwrite a newer
 * change), keeps the search index in step and is audited by id only.
 */
export function createRecordEdits(deps: CasefileDeps, conflicts: ConflictService) {
  /** Updates one row at `version`; `after` gets its case, for the search index. */
  const edit = (
    table: EditableTable,
    entity: AuditEntity,
    id: string,
    version: number,
    values: Record<string, string | number | null>,
    after?: (tx: Db, caseId: string | null) => Promise<void>,
  ): Promise<Created> =>
    recordEditor(deps, entity, table)(id, version, async (tx, row) => {
      await after?.(tx, row.case_id);
      return values;
    });

  return {
    activity: (id: string, version: number, a: records.ActivityFields) => {
      records.assertNotFuture(deps, a.occurredOn, 'occurredOn');
      return edit('case_activity', 'activity', id, version, records.activity.columns(a), (tx, caseId) =>
        indexRecord(tx, 'activity', id, caseId, records.activity.searchParts(a)),
      );
    },

    task: (id: string, version: number, t: records.TaskFields) =>
      edit('case_task', 'task', id, version, records.task.columns(t)),

    time: (id: string, version: number, t: records.TimeFields) => {
      records.assertNotFuture(deps, t.workedOn, 'workedOn');
      return edit('time_entry', 'time-entry', id, version, records.time.columns(t));
    },

    async person(id: string, version: number, p: records.PersonFields): Promise<Created> {
      const updated = await edit('related_person', 'person', id, version, records.person.columns(p), (tx, caseId) =>
        indexRecord(tx, 'person', id, caseId, records.person.searchParts(p)),
      );
      await conflicts.refreshPerson(id);
      return updated;
    },

    /**
     * The document's search entry is "title, note, text" folded; the new title replaces the
     * first line, so text read from the file (PDFs, in the background) is not lost.
     */
    documentMeta: (id: string, version: number, m: { title: string; category: DocumentCategory }) =>
      edit('document', 'document', id, version, { title: m.title, category: m.category }, async (tx) => {
        const entry = await sql<{ rowid: number; text: string }>`
          SELECT f.rowid, f.text FROM search_doc d JOIN search_fts f ON f.rowid = d.id
          WHERE d.kind = 'document' AND d.ref_id = ${id}`.execute(tx);
        const current = entry.rows[0];
        if (!current) return;
        const cut = current.text.indexOf('\n');
        const rest = cut < 0 ? '' : current.text.slice(cut);
        await sql`UPDATE search_fts SET text = ${foldForSearch(m.title) + rest} WHERE rowid = ${current.rowid}`.execute(
          tx,
        );
      }),
  };
}

export type RecordEdits = ReturnType<typeof createRecordEdits>;
