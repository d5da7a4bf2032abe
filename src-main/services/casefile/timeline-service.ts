import { AppError } from '../../shared/errors';
import type { RelatedPerson, TimelineItem } from '../../shared/schemas/casefile-views';
import { mutate } from '../audit-log';
import type { ConflictService } from './conflict-service';
import { newRecordId, nowIso, todayOf, type CasefileDeps } from './context';
import { updateAtVersion } from './update-at-version';
import { requireLiveCase, requireLiveClient } from './live-records';
import { markDone } from './mark-done';
import { indexRecord, unindexRecords } from './search-index';

type Created = { id: string; version: number };

export interface TimelineService {
  list(caseId: string): Promise<TimelineItem[]>;
  addNote(caseId: string, body: string): Promise<Created>;
  updateNote(id: string, version: number, body: string): Promise<Created>;
  removeNote(id: string): Promise<void>;
  addActivity(a: {
    caseId: string;
    kind: string;
    occurredOn: string;
    durationMinutes?: number | undefined;
    summary?: string | undefined;
  }): Promise<Created>;
  addTask(t: { caseId: string; title: string; dueOn?: string | undefined }): Promise<Created>;
  setTaskDone(id: string, version: number, done: boolean): Promise<Created>;
  addTime(t: {
    caseId: string;
    workedOn: string;
    minutes: number;
    description?: string | undefined;
    proBono: boolean;
  }): Promise<Created>;
  addPerson(p: {
    caseId?: string | undefined;
    clientId?: string | undefined;
    role: string;
    name: string;
    birthDate?: string | undefined;
    identityNumber?: string | undefined;
    note?: string | undefined;
  }): Promise<Created>;
  listPersons(caseId: string): Promise<RelatedPerson[]>;
}

export function createTimelineService(deps: CasefileDeps, conflicts: ConflictService): TimelineService {
  const assertOpenCase = requireLiveCase;

  /** Activities and time entries happen on a day that has come; a future one is a typo. */
  function assertNotFuture(date: string, path: string): void {
    if (date > todayOf(deps)) throw new AppError('VALIDATION', 'Date in the future', [`${path}:date.inFuture`]);
  }

  return {
    async list(caseId) {
      const db = deps.db();
      await assertOpenCase(db, caseId);
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
      mutate(
        deps,
        (r) => ({ action: 'created', entity: 'note', entityId: r.id }),
        async (tx) => {
          await assertOpenCase(tx, caseId);
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('case_note')
            .values({ id, case_id: caseId, body, created_at: at, updated_at: at })
            .execute();
          await indexRecord(tx, 'note', id, caseId, [body]);
          return { id, version: 1 };
        },
      ),

    updateNote: (id, version, body) =>
      mutate(deps, { action: 'updated', entity: 'note', entityId: id }, async (tx) => {
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

    addActivity: (a) =>
      mutate(
        deps,
        (r) => ({ action: 'created', entity: 'activity', entityId: r.id }),
        async (tx) => {
          assertNotFuture(a.occurredOn, 'occurredOn');
          await assertOpenCase(tx, a.caseId);
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('case_activity')
            .values({
              id,
              case_id: a.caseId,
              kind: a.kind,
              occurred_on: a.occurredOn,
              duration_minutes: a.durationMinutes ?? null,
              summary: a.summary ?? null,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await indexRecord(tx, 'activity', id, a.caseId, [a.summary]);
          return { id, version: 1 };
        },
      ),

    addTask: (t) =>
      mutate(
        deps,
        (r) => ({ action: 'created', entity: 'task', entityId: r.id }),
        async (tx) => {
          await assertOpenCase(tx, t.caseId);
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('case_task')
            .values({
              id,
              case_id: t.caseId,
              title: t.title,
              due_on: t.dueOn ?? null,
              done_at: null,
              created_at: at,
              updated_at: at,
            })
            .execute();
          return { id, version: 1 };
        },
      ),

    setTaskDone: (id, version, done) => markDone(deps, 'case_task', 'task', id, version, done),

    addTime: (t) =>
      mutate(
        deps,
        (r) => ({ action: 'created', entity: 'time-entry', entityId: r.id }),
        async (tx) => {
          assertNotFuture(t.workedOn, 'workedOn');
          await assertOpenCase(tx, t.caseId);
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('time_entry')
            .values({
              id,
              case_id: t.caseId,
              worked_on: t.workedOn,
              minutes: t.minutes,
              description: t.description ?? null,
              pro_bono: t.proBono ? 1 : 0,
              created_at: at,
              updated_at: at,
            })
            .execute();
          return { id, version: 1 };
        },
      ),

    async addPerson(p) {
      const created = await mutate<Created>(
        deps,
        (r) => ({ action: 'created', entity: 'person', entityId: r.id }),
        async (tx) => {
          if (p.caseId) await assertOpenCase(tx, p.caseId);
          // An unknown client is NOT_FOUND, not a foreign-key failure surfacing as INTERNAL.
          if (p.clientId) await requireLiveClient(tx, p.clientId);
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('related_person')
            .values({
              id,
              case_id: p.caseId ?? null,
              client_id: p.clientId ?? null,
              role: p.role,
              name: p.name,
              birth_date: p.birthDate ?? null,
              identity_number: p.identityNumber ?? null,
              note: p.note ?? null,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await indexRecord(tx, 'person', id, p.caseId ?? null, [p.name, p.identityNumber]);
          return { id, version: 1 };
        },
      );
      await conflicts.refreshPerson(created.id);
      return created;
    },

    async listPersons(caseId) {
      const rows = await deps
        .db()
        .selectFrom('related_person')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('created_at')
        .execute();
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
