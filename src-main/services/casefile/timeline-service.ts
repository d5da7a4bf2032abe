import { AppError } from '../../shared/errors';
import type { RelatedPerson, TimelineItem } from '../../shared/schemas/casefile-views';
import { mutate } from '../audit-log';
import type { ConflictService } from './conflict-service';
import type { Db } from '../../db/connection';
import { nowIso, type CasefileDeps } from './context';
import * as records from './record-columns';
import { updateAtVersion } from './update-at-version';
import { requireLiveCase, requireLiveClient } from './live-records';
import { markDone } from './mark-done';
import { addCaseRecord, caseRows, createRecord, editRecord, insertRecord, type Created } from './record-rows';
import { indexRecord, unindexRecords, type SearchKind } from './search-index';

export interface TimelineService {
  list(caseId: string): Promise<TimelineItem[]>;
  addNote(caseId: string, body: string): Promise<Created>;
  updateNote(id: string, version: number, body: string): Promise<Created>;
  removeNote(id: string): Promise<void>;
  addActivity(a: records.ActivityFields & { caseId: string }): Promise<Created>;
  addTask(t: records.TaskFields & { caseId: string }): Promise<Created>;
  setTaskDone(id: string, version: number, done: boolean): Promise<Created>;
  addTime(t: records.TimeFields & { caseId: string }): Promise<Created>;
  addPerson(p: records.PersonFields & { caseId?: string | undefined; clientId?: string | undefined }): Promise<Created>;
  listPersons(caseId: string): Promise<RelatedPerson[]>;
}

export function createTimelineService(deps: CasefileDeps, conflicts: ConflictService): TimelineService {
  /** After adding a record: its search entry. */
  const indexed =
    (kind: SearchKind, caseId: string, parts: Array<string | undefined>) =>
    (tx: Db, created: Created): Promise<void> =>
      indexRecord(tx, kind, created.id, caseId, parts);

  return {
    async list(caseId) {
      const db = deps.db();
      await requireLiveCase(db, caseId);
      const [notes, activities, tasks, times] = await Promise.all([
        db.selectFrom('case_note').selectAll().where('case_id', '=', caseId).execute(),
        db.selectFrom('case_activity').selectAll().where('case_id', '=', caseId).execute(),
        db.selectFrom('case_task').selectAll().where('case_id', '=', caseId).execute(),
        db.selectFrom('time_entry').selectAll().where('case_id', '=', caseId).execute(),
      ]);
      const items: TimelineItem[] = [
        ...notes.map((n) => ({
          type: 'note' as const,
          id: n.id,
          version: n.version,
          at: n.created_at,
          createdAt: n.created_at,
          body: n.body,
          updatedAt: n.updated_at,
        })),
        ...activities.map((a) => ({
          type: 'activity' as const,
          id: a.id,
          version: a.version,
          at: a.occurred_on,
          createdAt: a.created_at,
          kind: a.kind as Extract<TimelineItem, { type: 'activity' }>['kind'],
          durationMinutes: a.duration_minutes,
          summary: a.summary,
        })),
        ...tasks.map((t) => ({
          type: 'task' as const,
          id: t.id,
          version: t.version,
          at: t.created_at,
          createdAt: t.created_at,
          title: t.title,
          dueOn: t.due_on,
          doneAt: t.done_at,
        })),
        ...times.map((t) => ({
          type: 'time' as const,
          id: t.id,
          version: t.version,
          at: t.worked_on,
          createdAt: t.created_at,
          minutes: t.minutes,
          description: t.description,
          proBono: t.pro_bono === 1,
        })),
      ];
      // Newest first; within a day, the later-entered first (a date and a timestamp on the same
      // day: the timestamp sorts after the bare date, so it comes first).
      const key = (i: TimelineItem) => `${i.at}|${i.createdAt}`;
      return items.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
    },

    addNote: (caseId, body) =>
      addCaseRecord(deps, 'note', 'case_note', { case_id: caseId, body }, { after: indexed('note', caseId, [body]) }),

    updateNote: (id, version, body) =>
      editRecord(deps, 'note', id, async (tx) => {
        const next = await updateAtVersion(tx, 'case_note', id, version, { body }, nowIso(deps));
        const note = await tx.selectFrom('case_note').select('case_id').where('id', '=', id).executeTakeFirstOrThrow();
        await indexRecord(tx, 'note', id, note.case_id, [body]);
        return { id, version: next };
      }),

    removeNote: (id) =>
      mutate(deps, { action: 'deleted', entity: 'note', entityId: id }, async (tx) => {
        const result = await tx.deleteFrom('case_note').where('id', '=', id).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'Note not found');
        await unindexRecords(tx, 'note', [id]);
      }),

    async addActivity(a) {
      records.assertNotFuture(deps, a.occurredOn, 'occurredOn');
      return addCaseRecord(
        deps,
        'activity',
        'case_activity',
        { case_id: a.caseId, ...records.activity.columns(a) },
        { after: indexed('activity', a.caseId, records.activity.searchParts(a)) },
      );
    },

    addTask: (t) =>
      addCaseRecord(deps, 'task', 'case_task', { case_id: t.caseId, ...records.task.columns(t), done_at: null }),

    setTaskDone: (id, version, done) => markDone(deps, 'case_task', 'task', id, version, done),

    async addTime(t) {
      records.assertNotFuture(deps, t.workedOn, 'workedOn');
      return addCaseRecord(deps, 'time-entry', 'time_entry', { case_id: t.caseId, ...records.time.columns(t) });
    },

    async addPerson(p) {
      const created = await createRecord(deps, 'person', async (tx) => {
        if (p.caseId) await requireLiveCase(tx, p.caseId);
        // An unknown client is NOT_FOUND, not a foreign-key failure surfacing as INTERNAL.
        if (p.clientId) await requireLiveClient(tx, p.clientId);
        const person = await insertRecord(tx, deps, 'related_person', {
          case_id: p.caseId ?? null,
          client_id: p.clientId ?? null,
          ...records.person.columns(p),
        });
        await indexRecord(tx, 'person', person.id, p.caseId ?? null, records.person.searchParts(p));
        return person;
      });
      await conflicts.refreshPerson(created.id);
      return created;
    },

    async listPersons(caseId) {
      const rows = await caseRows(deps.db(), 'related_person', caseId, 'created_at');
      return rows.map((r) => ({
        id: r.id,
        version: r.version,
        role: r.role as RelatedPerson['role'],
        name: r.name,
        birthDate: r.birth_date,
        identityNumber: r.identity_number,
        note: r.note,
        caseId: r.case_id,
        clientId: r.client_id,
      }));
    },
  };
}
