import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type {
  NotificationView,
  PowerOfAttorneyView,
  StayView,
  POWER_OF_ATTORNEY_SCOPES,
  NOTIFICATION_METHODS,
  NOTIFICATION_RECIPIENTS,
  STAY_DECISIONS,
} from '../../shared/schemas/casework';
import type { DeadlineStart, RecessChoice } from '../../shared/schemas/deadlines';
import type { AuditEntity } from '../../shared/schemas/audit';
import { mutate, recordAudit } from '../audit-log';
import { nowIso, todayOf, type CasefileDeps } from '../casefile/context';
import { requireLiveCase, requireRecordOfCase } from '../casefile/live-records';
import {
  liveCaseRows,
  addCaseRecord,
  recordEditor,
  insertRecord,
  recordHead,
  type CaseRecordTable,
  type Created,
  type NewRecord,
  type RecordChange,
} from '../casefile/record-rows';

/** The task the app opens for a missing power of attorney, and closes when one is recorded. */
export const POWER_OF_ATTORNEY_TASK = 'power-of-attorney';

export interface PowerOfAttorneyFields {
  grantedOn: string;
  notary?: string | undefined;
  journalNumber?: string | undefined;
  scope: (typeof POWER_OF_ATTORNEY_SCOPES)[number];
  scopeNote?: string | undefined;
  documentId?: string | undefined;
}

export interface NotificationFields {
  subject: string;
  recipient: (typeof NOTIFICATION_RECIPIENTS)[number];
  recipientNote?: string | undefined;
  method: (typeof NOTIFICATION_METHODS)[number];
  servedOn?: string | undefined;
  deliveredOn?: string | undefined;
  openedOn?: string | undefined;
}

export interface StayFields {
  requestedOn: string;
  decision: (typeof STAY_DECISIONS)[number];
  decidedOn?: string | undefined;
  note?: string | undefined;
}

/** Adds a deadline (the deadline service's `add`), for a notification that starts one. */
export type AddDeadline = (input: {
  caseId: string;
  ruleId: string;
  start: DeadlineStart;
  recess?: RecessChoice | undefined;
}) => Promise<Created>;

/** Where a notification's deadline starts counting, from how it was served. */
export function notificationStart(n: NotificationFields): DeadlineStart {
  if (n.method === 'e-notification') {
    const deliveredOn = n.deliveredOn ?? '';
    return n.openedOn
      ? { kind: 'e-notification', deliveredOn, openedOn: n.openedOn }
      : { kind: 'e-notification', deliveredOn };
  }
  return { kind: 'notification', date: n.servedOn ?? '' };
}

type Dates = Array<[string, string | undefined]>;

/** One kind of case record: its table, audit name, columns and the dates that cannot be future. */
interface RecordKind<T extends CaseRecordTable, F> {
  table: T;
  entity: AuditEntity;
  values: (fields: F) => Omit<NewRecord<T>, 'case_id'>;
  dates: (fields: F) => Dates;
  /** Checks against the case before writing (a linked document or deadline of that case). */
  check?: (tx: Db, caseId: string, fields: F, extra: Partial<NewRecord<T>>) => Promise<void>;
  /** What adding one changes besides (in the same transaction). */
  afterAdd?: (tx: Db, caseId: string) => Promise<void>;
}

/**
 * The power of attorney (vekâletname), notifications (tebligat) and stay-of-execution requests
 * (yürütmeyi durdurma) of a case. Each is audited by id only; deleting goes through the trash
 * (record-trash.ts).
 */
export function createCaseRecords(deps: CasefileDeps, addDeadline: AddDeadline) {
  /** These records are about what has happened: a date in the future is a typo. */
  function assertPast(dates: Dates): void {
    const today = todayOf(deps);
    const late = dates.filter(([, d]) => d !== undefined && d > today).map(([path]) => `${path}:date.inFuture`);
    if (late.length) throw new AppError('VALIDATION', 'Date in the future', late);
  }

  /** Adding (to a live case) and editing (at its version) one kind of record, each audited. */
  function recordKind<T extends CaseRecordTable, F>(kind: RecordKind<T, F>) {
    return {
      dates: kind.dates,

      async add(caseId: string, fields: F, extra: Partial<NewRecord<T>> = {}): Promise<Created> {
        assertPast(kind.dates(fields));
        const values = { ...kind.values(fields), ...extra, case_id: caseId } as NewRecord<T> & { case_id: string };
        return addCaseRecord(deps, kind.entity, kind.table, values, {
          before: (tx) => kind.check?.(tx, caseId, fields, extra) ?? Promise.resolve(),
          after: (tx) => kind.afterAdd?.(tx, caseId) ?? Promise.resolve(),
        });
      },

      async update(id: string, version: number, fields: F, extra: Partial<NewRecord<T>> = {}): Promise<Created> {
        assertPast(kind.dates(fields));
        return recordEditor(deps, kind.entity, kind.table)(id, version, async (tx, row) => {
          await kind.check?.(tx, (row as { case_id: string }).case_id, fields, extra);
          // The same columns as when adding, none of them required.
          return { ...kind.values(fields), ...extra } as RecordChange<T>;
        });
      },
    };
  }

  /** The case's open "get the power of attorney" tasks. */
  const openPowerOfAttorneyTasks = (db: Db, caseId: string) =>
    db
      .selectFrom('case_task')
      .select('id')
      .where('case_id', '=', caseId)
      .where('purpose', '=', POWER_OF_ATTORNEY_TASK)
      .where('done_at', 'is', null);

  const powerOfAttorney = recordKind({
    table: 'power_of_attorney',
    entity: 'power-of-attorney',
    values: (r: PowerOfAttorneyFields) => ({
      granted_on: r.grantedOn,
      notary: r.notary ?? null,
      journal_number: r.journalNumber ?? null,
      scope: r.scope,
      scope_note: r.scopeNote ?? null,
      document_id: r.documentId ?? null,
    }),
    dates: (r) => [['record.grantedOn', r.grantedOn]],
    async check(tx, caseId, r) {
      if (r.documentId === undefined) return;
      await requireRecordOfCase(tx, 'document', r.documentId, caseId, {
        message: 'Document not found',
        path: 'record.documentId',
      });
    },
    /** Closes the case's open "get the power of attorney" tasks: it has one now. */
    async afterAdd(tx, caseId) {
      const at = nowIso(deps);
      for (const task of await openPowerOfAttorneyTasks(tx, caseId).execute()) {
        await tx
          .updateTable('case_task')
          .set({ done_at: at, updated_at: at, version: sql`version + 1` })
          .where('id', '=', task.id)
          .execute();
        await recordAudit(tx, deps.clock, { action: 'updated', entity: 'task', entityId: task.id });
      }
    },
  });

  const notifications = recordKind({
    table: 'case_notification',
    entity: 'notification',
    values: (n: NotificationFields) => ({
      subject: n.subject,
      recipient: n.recipient,
      recipient_note: n.recipientNote ?? null,
      method: n.method,
      served_on: n.method === 'e-notification' ? null : (n.servedOn ?? null),
      delivered_on: n.method === 'e-notification' ? (n.deliveredOn ?? null) : null,
      opened_on: n.method === 'e-notification' ? (n.openedOn ?? null) : null,
    }),
    dates: (n) => [
      ['servedOn', n.servedOn],
      ['deliveredOn', n.deliveredOn],
      ['openedOn', n.openedOn],
    ],
    /** The deadline it points at is one of the same case. */
    async check(tx, caseId, _n, { deadline_id: deadlineId }) {
      if (typeof deadlineId !== 'string') return;
      await requireRecordOfCase(tx, 'case_deadline', deadlineId, caseId, {
        message: 'Deadline not found',
        path: 'deadlineId',
      });
    },
  });

  const stays = recordKind({
    table: 'stay_request',
    entity: 'stay-request',
    values: (s: StayFields) => ({
      requested_on: s.requestedOn,
      decision: s.decision,
      decided_on: s.decidedOn ?? null,
      note: s.note ?? null,
    }),
    dates: (s) => [
      ['stay.requestedOn', s.requestedOn],
      ['stay.decidedOn', s.decidedOn],
    ],
  });

  return {
    powerOfAttorney: {
      async list(
        caseId: string,
      ): Promise<{ records: PowerOfAttorneyView[]; missing: boolean; openTaskId: string | null }> {
        const db = deps.db();
        const rows = await liveCaseRows(db, 'power_of_attorney', caseId, 'granted_on', 'desc');
        const task = await openPowerOfAttorneyTasks(db, caseId).executeTakeFirst();
        return {
          records: rows.map((r) => ({
            ...recordHead(r),
            grantedOn: r.granted_on,
            notary: r.notary,
            journalNumber: r.journal_number,
            scope: r.scope as PowerOfAttorneyView['scope'],
            scopeNote: r.scope_note,
            documentId: r.document_id,
          })),
          missing: rows.length === 0,
          openTaskId: task?.id ?? null,
        };
      },

      add: (caseId: string, record: PowerOfAttorneyFields): Promise<Created> => powerOfAttorney.add(caseId, record),

      update: (id: string, version: number, record: PowerOfAttorneyFields): Promise<Created> =>
        powerOfAttorney.update(id, version, record),

      /** A task for the missing power of attorney; null when one is recorded or a task is open. */
      requestTask: (caseId: string, title: string, dueOn?: string): Promise<{ taskId: string | null }> =>
        mutate(
          deps,
          (r) => (r.taskId === null ? [] : { action: 'created', entity: 'task', entityId: r.taskId }),
          async (tx) => {
            await requireLiveCase(tx, caseId);
            const has = await tx
              .selectFrom('power_of_attorney')
              .select('id')
              .where('case_id', '=', caseId)
              .executeTakeFirst();
            if (has || (await openPowerOfAttorneyTasks(tx, caseId).executeTakeFirst())) return { taskId: null };
            const task = await insertRecord(tx, deps, 'case_task', {
              case_id: caseId,
              title,
              due_on: dueOn ?? null,
              done_at: null,
              purpose: POWER_OF_ATTORNEY_TASK,
            });
            return { taskId: task.id };
          },
        ),
    },

    notifications: {
      async list(caseId: string): Promise<NotificationView[]> {
        const rows = await liveCaseRows(deps.db(), 'case_notification', caseId);
        const day = (r: (typeof rows)[number]) => r.served_on ?? r.delivered_on ?? '';
        return rows
          .sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : 0))
          .map((r) => ({
            ...recordHead(r),
            subject: r.subject,
            recipient: r.recipient as NotificationView['recipient'],
            recipientNote: r.recipient_note,
            method: r.method as NotificationView['method'],
            servedOn: r.served_on,
            deliveredOn: r.delivered_on,
            openedOn: r.opened_on,
            deadlineId: r.deadline_id,
          }));
      },

      /**
       * With `deadline`, the deadline it starts is added first (the engine validates the rule and
       * the dates), then the notification pointing at it.
       */
      async add(
        caseId: string,
        n: NotificationFields,
        deadline?: { ruleId: string; recess?: RecessChoice | undefined },
      ): Promise<Created & { deadlineId: string | null }> {
        assertPast(notifications.dates(n));
        await requireLiveCase(deps.db(), caseId);
        const started = deadline
          ? await addDeadline({ caseId, ruleId: deadline.ruleId, start: notificationStart(n), recess: deadline.recess })
          : null;
        const deadlineId = started?.id ?? null;
        return { ...(await notifications.add(caseId, n, { deadline_id: deadlineId })), deadlineId };
      },

      update: (id: string, version: number, n: NotificationFields, deadlineId?: string): Promise<Created> =>
        notifications.update(id, version, n, deadlineId !== undefined ? { deadline_id: deadlineId } : {}),
    },

    stays: {
      async list(caseId: string): Promise<StayView[]> {
        const rows = await liveCaseRows(deps.db(), 'stay_request', caseId, 'requested_on');
        return rows.map((r) => ({
          ...recordHead(r),
          requestedOn: r.requested_on,
          decision: r.decision as StayView['decision'],
          decidedOn: r.decided_on,
          note: r.note,
        }));
      },

      add: (caseId: string, s: StayFields): Promise<Created> => stays.add(caseId, s),

      update: (id: string, version: number, s: StayFields): Promise<Created> => stays.update(id, version, s),
    },
  };
}

export type CaseRecords = ReturnType<typeof createCaseRecords>;
