import { internalDueDate, monthlyReviewDates } from '../../domain/deadlines';
import { AppError } from '../../shared/errors';
import type { DeadlineResult, DeadlineStart, RecessChoice } from '../../shared/schemas/deadlines';
import type { CaseType } from '../../shared/schemas/deadlines';
import type { DeadlinePreview, DeadlineView, HearingView } from '../../shared/schemas/deadline-views';
import { mutate } from '../audit-log';
import { nowIso, todayOf, type CasefileDeps } from '../casefile/context';
import { addCaseRecord, caseRows, createRecord, insertRecord, recordHead, type Created } from '../casefile/record-rows';
import { requireLiveCase } from '../casefile/live-records';
import { markDone } from '../casefile/mark-done';
import type { DeadlineData } from '../deadline-data';
import { getSettings } from '../settings-service';
import { computeFor, defaultRuleFor, invalid, rulesView, toPreview } from './deadline-preview';
import { recessFromColumn, startColumns, startFromColumns } from './deadline-start-columns';

export { toPreview } from './deadline-preview';

export interface AddDeadline {
  caseId: string;
  ruleId?: string | undefined;
  start?: DeadlineStart | undefined;
  title?: string | undefined;
  dueOn?: string | undefined;
  reason?: string | undefined;
  /** Default: the case's court, else 'unsure'. */
  recess?: RecessChoice | undefined;
  /** Default: the `internalDeadlineWorkingDays` setting; 0 for none. */
  internalWorkingDays?: number | undefined;
}

export interface AddHearing {
  caseId: string;
  kind: HearingView['kind'];
  court?: string | undefined;
  startsAt: string;
  hall?: string | undefined;
  fileNumber?: string | undefined;
  preparation?: string | undefined;
}

export function createDeadlineService(deps: CasefileDeps, data: () => DeadlineData) {
  function assertNotFuture(date: string, field: string): void {
    if (date > todayOf(deps)) throw invalid(`${field}:date.inFuture`);
  }

  async function liveCase(caseId: string): Promise<{ type: CaseType; courtRecess: RecessChoice | null }> {
    await requireLiveCase(deps.db(), caseId);
    const row = await deps
      .db()
      .selectFrom('legal_case')
      .select(['type', 'court_recess'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    return { type: row.type as CaseType, courtRecess: recessFromColumn(row.court_recess) };
  }

  return {
    assertNotFuture,

    rules: (caseType?: string) => rulesView(data(), caseType),

    defaultRuleFor: (caseType: string): string | null => defaultRuleFor(data(), caseType),

    preview: (
      ruleId: string,
      start: DeadlineStart,
      options: { recess?: RecessChoice | undefined; internalWorkingDays?: number | undefined } = {},
    ): DeadlinePreview =>
      toPreview(computeFor(data(), { ruleId, start, recess: options.recess }), data(), options.internalWorkingDays),

    async add(input: AddDeadline): Promise<Created> {
      const kase = await liveCase(input.caseId);
      const d = data();
      const recess = input.recess ?? kase.courtRecess ?? 'unsure';
      let computed: DeadlineResult | null = null;
      if (input.ruleId !== undefined) {
        if (!input.start) throw invalid('start:deadline.startRequired');
        computed = computeFor(d, { ruleId: input.ruleId, start: input.start, recess, caseType: kase.type });
      } else if (!input.title) {
        throw invalid('title:deadline.titleRequired');
      }
      const dueOn = input.dueOn ?? computed?.due;
      if (!dueOn) throw invalid('dueOn:deadline.dueRequired');
      // A date the engine did not compute is the lawyer's responsibility: it needs a reason.
      if ((computed === null || dueOn !== computed.due) && !input.reason)
        throw invalid('reason:deadline.reasonRequired');

      const db = deps.db();
      const internalDays = input.internalWorkingDays ?? (await getSettings(db)).internalDeadlineWorkingDays;
      // The internal target is counted back from the date the lawyer will act on, override included.
      const internalDue = internalDays > 0 ? internalDueDate(dueOn, internalDays, d.calendar) : null;
      const start = input.start;
      const rule = input.ruleId ? d.ruleById(input.ruleId) : undefined;
      const reviews =
        rule?.repeatingReminders.includes('monthly-detention-review') && start?.kind === 'detention'
          ? monthlyReviewDates(start.startedOn, dueOn)
          : [];

      return createRecord(deps, 'deadline', async (tx) => {
        const at = nowIso(deps);
        const deadline = await insertRecord(
          tx,
          deps,
          'case_deadline',
          {
            case_id: input.caseId,
            rule_id: input.ruleId ?? null,
            title: input.title ?? null,
            ...startColumns(start),
            computed_due: computed?.due ?? null,
            due_on: dueOn,
            override_reason: input.reason ?? null,
            confidence: computed?.confidence ?? null,
            computation: computed ? JSON.stringify(toPreview(computed, d)) : null,
            recess: computed ? computed.recess : null,
            internal_due_on: internalDue,
            internal_working_days: internalDue ? internalDays : null,
            done_at: null,
          },
          at,
        );
        for (const dueOnReview of reviews) {
          const review = {
            case_id: input.caseId,
            deadline_id: deadline.id,
            kind: 'detention-review',
            due_on: dueOnReview,
            done_at: null,
          };
          await insertRecord(tx, deps, 'case_reminder', review, at);
        }
        return deadline;
      });
    },

    async list(caseId: string): Promise<DeadlineView[]> {
      const db = deps.db();
      const rows = await caseRows(db, 'case_deadline', caseId, 'due_on');
      const reviews = await db
        .selectFrom('case_reminder')
        .select(['id', 'deadline_id', 'due_on'])
        .where('case_id', '=', caseId)
        .orderBy('due_on')
        .execute();
      return rows.map((r) => ({
        ...recordHead(r),
        ruleId: r.rule_id,
        title: r.title,
        dueOn: r.due_on,
        computedDue: r.computed_due,
        overrideReason: r.override_reason,
        confidence: r.confidence as DeadlineView['confidence'],
        start: startFromColumns(r),
        explanation: r.computation ? (JSON.parse(r.computation) as DeadlinePreview) : null,
        doneAt: r.done_at,
        recess: recessFromColumn(r.recess),
        internalDueOn: r.internal_due_on,
        internalWorkingDays: r.internal_working_days,
        reviews: reviews.filter((x) => x.deadline_id === r.id).map((x) => ({ id: x.id, dueOn: x.due_on })),
      }));
    },

    setDone: (id: string, version: number, done: boolean) =>
      markDone(deps, 'case_deadline', 'deadline', id, version, done),

    async remove(id: string): Promise<void> {
      await mutate(deps, { action: 'deleted', entity: 'deadline', entityId: id }, async (tx) => {
        // Its reminders go with it (ON DELETE CASCADE).
        const result = await tx.deleteFrom('case_deadline').where('id', '=', id).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'Deadline not found');
      });
    },

    addHearing: (h: AddHearing): Promise<Created> =>
      addCaseRecord(deps, 'hearing', 'hearing', {
        case_id: h.caseId,
        kind: h.kind,
        court: h.court ?? null,
        starts_at: h.startsAt,
        hall: h.hall ?? null,
        file_number: h.fileNumber ?? null,
        preparation: h.preparation ?? null,
        done_at: null,
      }),

    async listHearings(caseId: string): Promise<HearingView[]> {
      const rows = await caseRows(deps.db(), 'hearing', caseId, 'starts_at');
      return rows.map((r) => ({
        ...recordHead(r),
        kind: r.kind as HearingView['kind'],
        court: r.court,
        startsAt: r.starts_at,
        hall: r.hall,
        fileNumber: r.file_number,
        preparation: r.preparation,
        doneAt: r.done_at,
      }));
    },

    setHearingDone: (id: string, version: number, done: boolean) =>
      markDone(deps, 'hearing', 'hearing', id, version, done),
  };
}

export type DeadlineService = ReturnType<typeof createDeadlineService>;
