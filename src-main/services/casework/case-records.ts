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
import { recordAudit } from '../audit-log';
import { newRecordId, nowIso, todayOf, type CasefileDeps } from '../casefile/context';
import { updateAtVersion } from '../casefile/update-at-version';
import { requireLiveCase } from '../casefile/live-records';

type Created = { id: string; version: number };

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

/**
 * The power of attorney (vekâletname), notifications (tebligat) and stay-of-execution requests
 * (yürütmeyi durdurma) of a case. Each is audited by id only; deleting goes through the trash
 * (record-trash.ts).
 */
export function createCaseRecords(deps: CasefileDeps, addDeadline: AddDeadline) {
  const inTx = <T>(run: (tx: Db) => Promise<T>) => deps.db().transaction().execute(run);

  /** These records are about what has happened: a date in the future is a typo. */
  function assertPast(dates: Array<[string, string | undefined]>): void {
    const today = todayOf(deps);
    const late = dates.filter(([, d]) => d !== undefined && d > today).map(([path]) => `${path}:date.inFuture`);
    if (late.length) throw new AppError('VALIDATION', 'Date in the future', late);
  }

  async function requireDocumentOfCase(db: Db, caseId: string, documentId: string | undefined): Promise<void> {
    if (documentId === undefined) return;
    const doc = await db
      .selectFrom('document')
      .select('id')
      .where('id', '=', documentId)
      .where('case_id', '=', caseId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!doc) throw new AppError('NOT_FOUND', 'Document not found', ['record.documentId']);
  }

  async function caseOf(db: Db, table: 'power_of_attorney' | 'case_notification' | 'stay_request', id: string) {
    const row = await db.selectFrom(table).select('case_id').where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'Not found');
    return row.case_id;
  }

  const poaValues = (r: PowerOfAttorneyFields) => ({
    granted_on: r.grantedOn,
    notary: r.notary ?? null,
    journal_number: r.journalNumber ?? null,
    scope: r.scope,
    scope_note: r.scopeNote ?? null,
    document_id: r.documentId ?? null,
  });

  const stayValues = (s: StayFields) => ({
    requested_on: s.requestedOn,
    decision: s.decision,
    decided_on: s.decidedOn ?? null,
    note: s.note ?? null,
  });

  const stayDates = (s: StayFields): Array<[string, string | undefined]> => [
    ['stay.requestedOn', s.requestedOn],
    ['stay.decidedOn', s.decidedOn],
  ];

  const notificationValues = (n: NotificationFields) => ({
    subject: n.subject,
    recipient: n.recipient,
    recipient_note: n.recipientNote ?? null,
    method: n.method,
    served_on: n.method === 'e-notification' ? null : (n.servedOn ?? null),
    delivered_on: n.method === 'e-notification' ? (n.deliveredOn ?? null) : null,
    opened_on: n.method === 'e-notification' ? (n.openedOn ?? null) : null,
  });

  const notificationDates = (n: NotificationFields): Array<[string, string | undefined]> => [
    ['servedOn', n.servedOn],
    ['deliveredOn', n.deliveredOn],
    ['openedOn', n.openedOn],
  ];

  /** Closes the case's open "get the power of attorney" tasks: it has one now. */
  async function closePowerOfAttorneyTasks(tx: Db, caseId: string, at: string): Promise<void> {
    const open = await tx
      .selectFrom('case_task')
      .select('id')
      .where('case_id', '=', caseId)
      .where('purpose', '=', POWER_OF_ATTORNEY_TASK)
      .where('done_at', 'is', null)
      .execute();
    for (const task of open) {
      await tx
        .updateTable('case_task')
        .set({ done_at: at, updated_at: at, version: sql`version + 1` })
        .where('id', '=', task.id)
        .execute();
      await recordAudit(tx, deps.clock, { action: 'updated', entity: 'task', entityId: task.id });
    }
  }

  return {
    powerOfAttorney: {
      async list(
        caseId: string,
      ): Promise<{ records: PowerOfAttorneyView[]; missing: boolean; openTaskId: string | null }> {
        const db = deps.db();
        await requireLiveCase(db, caseId);
        const rows = await db
          .selectFrom('power_of_attorney')
          .selectAll()
          .where('case_id', '=', caseId)
          .orderBy('granted_on', 'desc')
          .execute();
        const task = await db
          .selectFrom('case_task')
          .select('id')
          .where('case_id', '=', caseId)
          .where('purpose', '=', POWER_OF_ATTORNEY_TASK)
          .where('done_at', 'is', null)
          .executeTakeFirst();
        return {
          records: rows.map((r) => ({
            id: r.id,
            version: r.version,
            caseId: r.case_id,
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

      add: (caseId: string, record: PowerOfAttorneyFields): Promise<Created> =>
        inTx(async (tx) => {
          assertPast([['record.grantedOn', record.grantedOn]]);
          await requireLiveCase(tx, caseId);
          await requireDocumentOfCase(tx, caseId, record.documentId);
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('power_of_attorney')
            .values({ id, case_id: caseId, ...poaValues(record), created_at: at, updated_at: at })
            .execute();
          await recordAudit(tx, deps.clock, { action: 'created', entity: 'power-of-attorney', entityId: id });
          await closePowerOfAttorneyTasks(tx, caseId, at);
          return { id, version: 1 };
        }),

      update: (id: string, version: number, record: PowerOfAttorneyFields): Promise<Created> =>
        inTx(async (tx) => {
          assertPast([['record.grantedOn', record.grantedOn]]);
          const caseId = await caseOf(tx, 'power_of_attorney', id);
          await requireDocumentOfCase(tx, caseId, record.documentId);
          const next = await updateAtVersion(tx, 'power_of_attorney', id, version, poaValues(record), nowIso(deps));
          await recordAudit(tx, deps.clock, { action: 'updated', entity: 'power-of-attorney', entityId: id });
          return { id, version: next };
        }),

      /** A task for the missing power of attorney; null when one is recorded or a task is open. */
      requestTask: (caseId: string, title: string, dueOn?: string): Promise<{ taskId: string | null }> =>
        inTx(async (tx) => {
          await requireLiveCase(tx, caseId);
          const has = await tx
            .selectFrom('power_of_attorney')
            .select('id')
            .where('case_id', '=', caseId)
            .executeTakeFirst();
          const open = await tx
            .selectFrom('case_task')
            .select('id')
            .where('case_id', '=', caseId)
            .where('purpose', '=', POWER_OF_ATTORNEY_TASK)
            .where('done_at', 'is', null)
            .executeTakeFirst();
          if (has || open) return { taskId: null };
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('case_task')
            .values({
              id,
              case_id: caseId,
              title,
              due_on: dueOn ?? null,
              done_at: null,
              purpose: POWER_OF_ATTORNEY_TASK,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await recordAudit(tx, deps.clock, { action: 'created', entity: 'task', entityId: id });
          return { taskId: id };
        }),
    },

    notifications: {
      async list(caseId: string): Promise<NotificationView[]> {
        const db = deps.db();
        await requireLiveCase(db, caseId);
        const rows = await db.selectFrom('case_notification').selectAll().where('case_id', '=', caseId).execute();
        const day = (r: (typeof rows)[number]) => r.served_on ?? r.delivered_on ?? '';
        return rows
          .sort((a, b) => (day(a) < day(b) ? 1 : day(a) > day(b) ? -1 : 0))
          .map((r) => ({
            id: r.id,
            version: r.version,
            caseId: r.case_id,
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
        assertPast(notificationDates(n));
        await requireLiveCase(deps.db(), caseId);
        const started = deadline
          ? await addDeadline({ caseId, ruleId: deadline.ruleId, start: notificationStart(n), recess: deadline.recess })
          : null;
        return inTx(async (tx) => {
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('case_notification')
            .values({
              id,
              case_id: caseId,
              ...notificationValues(n),
              deadline_id: started?.id ?? null,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await recordAudit(tx, deps.clock, { action: 'created', entity: 'notification', entityId: id });
          return { id, version: 1, deadlineId: started?.id ?? null };
        });
      },

      update: (id: string, version: number, n: NotificationFields, deadlineId?: string): Promise<Created> =>
        inTx(async (tx) => {
          assertPast(notificationDates(n));
          const caseId = await caseOf(tx, 'case_notification', id);
          if (deadlineId !== undefined) {
            const d = await tx
              .selectFrom('case_deadline')
              .select('id')
              .where('id', '=', deadlineId)
              .where('case_id', '=', caseId)
              .executeTakeFirst();
            if (!d) throw new AppError('NOT_FOUND', 'Deadline not found', ['deadlineId']);
          }
          const next = await updateAtVersion(
            tx,
            'case_notification',
            id,
            version,
            { ...notificationValues(n), ...(deadlineId !== undefined ? { deadline_id: deadlineId } : {}) },
            nowIso(deps),
          );
          await recordAudit(tx, deps.clock, { action: 'updated', entity: 'notification', entityId: id });
          return { id, version: next };
        }),
    },

    stays: {
      async list(caseId: string): Promise<StayView[]> {
        const db = deps.db();
        await requireLiveCase(db, caseId);
        const rows = await db
          .selectFrom('stay_request')
          .selectAll()
          .where('case_id', '=', caseId)
          .orderBy('requested_on')
          .execute();
        return rows.map((r) => ({
          id: r.id,
          version: r.version,
          caseId: r.case_id,
          requestedOn: r.requested_on,
          decision: r.decision as StayView['decision'],
          decidedOn: r.decided_on,
          note: r.note,
        }));
      },

      add: (caseId: string, s: StayFields): Promise<Created> =>
        inTx(async (tx) => {
          assertPast(stayDates(s));
          await requireLiveCase(tx, caseId);
          const id = newRecordId(deps);
          const at = nowIso(deps);
          await tx
            .insertInto('stay_request')
            .values({
              id,
              case_id: caseId,
              ...stayValues(s),
              created_at: at,
              updated_at: at,
            })
            .execute();
          await recordAudit(tx, deps.clock, { action: 'created', entity: 'stay-request', entityId: id });
          return { id, version: 1 };
        }),

      update: (id: string, version: number, s: StayFields): Promise<Created> =>
        inTx(async (tx) => {
          assertPast(stayDates(s));
          await caseOf(tx, 'stay_request', id);
          const next = await updateAtVersion(tx, 'stay_request', id, version, stayValues(s), nowIso(deps));
          await recordAudit(tx, deps.clock, { action: 'updated', entity: 'stay-request', entityId: id });
          return { id, version: next };
        }),
    },
  };
}

export type CaseRecords = ReturnType<typeof createCaseRecords>;
