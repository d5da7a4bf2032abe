import { compute, DeadlineInputError, explainSteps, explainWarning } from '../../domain/deadlines';
import { AppError } from '../../shared/errors';
import type { DeadlineResult, DeadlineStart } from '../../shared/schemas/deadlines';
import type { DeadlinePreview, DeadlineView, HearingView } from '../../shared/schemas/deadline-views';
import { recordAudit } from '../audit-log';
import { newRecordId, nowIso, todayOf, type CasefileDeps } from '../casefile/context';
import { requireLiveCase } from '../casefile/live-records';
import { markDone } from '../casefile/mark-done';
import type { DeadlineData } from '../deadline-data';

export interface AddDeadline {
  caseId: string;
  ruleId?: string | undefined;
  start?: DeadlineStart | undefined;
  title?: string | undefined;
  dueOn?: string | undefined;
  reason?: string | undefined;
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

const invalid = (detail: string) => new AppError('VALIDATION', 'Invalid input', [detail]);

/** The engine's result with its steps and warnings written out in both UI languages. */
export function toPreview(result: DeadlineResult): DeadlinePreview {
  return {
    ruleId: result.ruleId,
    due: result.due,
    confidence: result.confidence,
    legalBasis: result.legalBasis,
    steps: { tr: explainSteps(result.steps, 'tr'), en: explainSteps(result.steps, 'en') },
    warnings: {
      tr: result.warnings.map((w) => explainWarning(w, 'tr')),
      en: result.warnings.map((w) => explainWarning(w, 'en')),
    },
    warningCodes: result.warnings.map((w) => w.code),
  };
}

export function createDeadlineService(deps: CasefileDeps, data: () => DeadlineData) {
  function computeFor(ruleId: string, start: DeadlineStart): DeadlineResult {
    const d = data();
    const rule = d.ruleById(ruleId);
    if (!rule) throw invalid('ruleId:deadline.unknownRule');
    try {
      return compute(rule, start, { calendar: d.calendar });
    } catch (error) {
      if (error instanceof DeadlineInputError) throw invalid(`start.${error.field ?? 'date'}:deadline.${error.code}`);
      throw error;
    }
  }

  function assertNotFuture(date: string, field: string): void {
    if (date > todayOf(deps)) throw invalid(`${field}:date.inFuture`);
  }

  const assertOpenCase = (caseId: string) => requireLiveCase(deps.db(), caseId);

  return {
    assertNotFuture,

    rules(caseType?: string) {
      return data()
        .rules.filter((r) => caseType === undefined || (r.caseTypes as readonly string[]).includes(caseType))
        .map((r) => ({
          id: r.id,
          nameTr: r.nameTr,
          nameEn: r.nameEn,
          caseTypes: [...r.caseTypes],
          confidence: r.confidence,
          legalBasisTr: r.legalBasisTr,
          legalBasisEn: r.legalBasisEn,
          notesTr: r.notesTr,
          notesEn: r.notesEn,
          period: r.period,
          startsFrom: r.startsFrom,
          lastChecked: r.lastChecked,
        }));
    },

    preview: (ruleId: string, start: DeadlineStart): DeadlinePreview => toPreview(computeFor(ruleId, start)),

    /**
     * The rule a new case's notification date starts. Where a case type has several (an
     * administrative appeal in 10 days, the court in 30), the shortest one: the conservative
     * choice, which the lawyer can change on the case page.
     */
    defaultRuleFor(caseType: string): string | null {
      const candidates = data().rules.filter(
        (r) =>
          r.period !== null && r.startsFrom === 'notification' && (r.caseTypes as readonly string[]).includes(caseType),
      );
      const days = (r: (typeof candidates)[number]) =>
        r.period ? r.period.amount * (r.period.unit === 'months' ? 31 : 1) : Infinity;
      return candidates.sort((a, b) => days(a) - days(b))[0]?.id ?? null;
    },

    async add(input: AddDeadline): Promise<{ id: string; version: number }> {
      await assertOpenCase(input.caseId);
      let computed: DeadlineResult | null = null;
      if (input.ruleId !== undefined) {
        if (!input.start) throw invalid('start:deadline.startRequired');
        computed = computeFor(input.ruleId, input.start);
      } else if (!input.title) {
        throw invalid('title:deadline.titleRequired');
      }
      const dueOn = input.dueOn ?? computed?.due;
      if (!dueOn) throw invalid('dueOn:deadline.dueRequired');
      // A date the engine did not compute is the lawyer's responsibility: it needs a reason.
      if ((computed === null || dueOn !== computed.due) && !input.reason)
        throw invalid('reason:deadline.reasonRequired');

      const id = newRecordId(deps);
      const at = nowIso(deps);
      const start = input.start;
      await deps
        .db()
        .transaction()
        .execute(async (tx) => {
          await tx
            .insertInto('case_deadline')
            .values({
              id,
              case_id: input.caseId,
              rule_id: input.ruleId ?? null,
              title: input.title ?? null,
              start_kind: start?.kind ?? 'manual',
              notified_on: start?.kind === 'notification' ? start.date : null,
              delivered_on: start?.kind === 'e-notification' ? start.deliveredOn : null,
              opened_on: start?.kind === 'e-notification' ? (start.openedOn ?? null) : null,
              computed_due: computed?.due ?? null,
              due_on: dueOn,
              override_reason: input.reason ?? null,
              confidence: computed?.confidence ?? null,
              computation: computed ? JSON.stringify(toPreview(computed)) : null,
              done_at: null,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await recordAudit(tx, deps.clock, { action: 'created', entity: 'deadline', entityId: id });
        });
      return { id, version: 1 };
    },

    async list(caseId: string): Promise<DeadlineView[]> {
      const rows = await deps
        .db()
        .selectFrom('case_deadline')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('due_on')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        version: r.version,
        caseId: r.case_id,
        ruleId: r.rule_id,
        title: r.title,
        dueOn: r.due_on,
        computedDue: r.computed_due,
        overrideReason: r.override_reason,
        confidence: r.confidence as DeadlineView['confidence'],
        start:
          r.start_kind === 'notification' && r.notified_on
            ? { kind: 'notification', date: r.notified_on }
            : r.start_kind === 'e-notification' && r.delivered_on
              ? {
                  kind: 'e-notification',
                  deliveredOn: r.delivered_on,
                  ...(r.opened_on ? { openedOn: r.opened_on } : {}),
                }
              : null,
        explanation: r.computation ? (JSON.parse(r.computation) as DeadlinePreview) : null,
        doneAt: r.done_at,
      }));
    },

    setDone: (id: string, version: number, done: boolean) =>
      markDone(deps, 'case_deadline', 'deadline', id, version, done),

    async remove(id: string): Promise<void> {
      await deps
        .db()
        .transaction()
        .execute(async (tx) => {
          const result = await tx.deleteFrom('case_deadline').where('id', '=', id).executeTakeFirst();
          if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'Deadline not found');
          await recordAudit(tx, deps.clock, { action: 'deleted', entity: 'deadline', entityId: id });
        });
    },

    async addHearing(h: AddHearing): Promise<{ id: string; version: number }> {
      await assertOpenCase(h.caseId);
      const id = newRecordId(deps);
      const at = nowIso(deps);
      await deps
        .db()
        .transaction()
        .execute(async (tx) => {
          await tx
            .insertInto('hearing')
            .values({
              id,
              case_id: h.caseId,
              kind: h.kind,
              court: h.court ?? null,
              starts_at: h.startsAt,
              hall: h.hall ?? null,
              file_number: h.fileNumber ?? null,
              preparation: h.preparation ?? null,
              done_at: null,
              created_at: at,
              updated_at: at,
            })
            .execute();
          await recordAudit(tx, deps.clock, { action: 'created', entity: 'hearing', entityId: id });
        });
      return { id, version: 1 };
    },

    async listHearings(caseId: string): Promise<HearingView[]> {
      const rows = await deps
        .db()
        .selectFrom('hearing')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('starts_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        version: r.version,
        caseId: r.case_id,
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
