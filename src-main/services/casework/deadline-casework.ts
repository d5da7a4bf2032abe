import type { Selectable } from 'kysely';
import { internalDueDate } from '../../domain/deadlines';
import type { DbCaseDeadline } from '../../db/schema';
import { AppError } from '../../shared/errors';
import type { DeadlineDetails } from '../../shared/schemas/casework';
import type { CaseType, DeadlineStart, RecessChoice } from '../../shared/schemas/deadlines';
import { newRecordId, nowIso, type CasefileDeps } from '../casefile/context';
import { childRows, liveCaseRows, recordEditor, type Created } from '../casefile/record-rows';
import type { DeadlineData } from '../deadline-data';
import { computeFor, invalid, toPreview } from '../deadlines/deadline-preview';
import { recessFromColumn, startColumns, startFromColumns } from '../deadlines/deadline-start-columns';

type DeadlineRow = Selectable<DbCaseDeadline>;

/** What a revision keeps: everything that decides and explains the date. */
const REVISED_FIELDS = [
  'rule_id',
  'title',
  'start_kind',
  'notified_on',
  'delivered_on',
  'opened_on',
  'detention_started_on',
  'order_date_only',
  'computed_due',
  'due_on',
  'override_reason',
  'confidence',
  'computation',
  'recess',
  'internal_due_on',
  'internal_working_days',
] as const;

export interface DeadlineEdit {
  title?: string | undefined;
  ruleId?: string | undefined;
  start?: DeadlineStart | undefined;
  dueOn?: string | undefined;
  reason?: string | undefined;
  recess?: RecessChoice | undefined;
}

/**
 * Deadlines after they are added: done with an optional note, reopened, and edited with the
 * previous state (its computation included) kept as a revision. `data` resolves court-set
 * periods too (court-set-data.ts), so a hearing's kesin süre is recomputed like any rule.
 */
export function createDeadlineCasework(deps: CasefileDeps, data: () => DeadlineData) {
  const editDeadline = recordEditor(deps, 'deadline', 'case_deadline', 'Deadline not found');

  const setDone = (id: string, version: number, doneAt: string | null, note: string | null): Promise<Created> =>
    editDeadline(id, version, () => ({ done_at: doneAt, done_note: note }));

  return {
    async details(caseId: string): Promise<DeadlineDetails[]> {
      const db = deps.db();
      const rows = await liveCaseRows(db, 'case_deadline', caseId, 'due_on');
      const revisionsOf = await childRows(db, 'deadline_revision', 'deadline_id', rows, 'revised_at');
      return rows.map((r) => ({
        id: r.id,
        doneNote: r.done_note,
        revisions: revisionsOf(r.id).map((v) => {
          const s = JSON.parse(v.snapshot) as Partial<DeadlineRow>;
          return {
            revisedAt: v.revised_at,
            dueOn: s.due_on ?? '',
            computedDue: s.computed_due ?? null,
            title: s.title ?? null,
            ruleId: s.rule_id ?? null,
            overrideReason: s.override_reason ?? null,
            computation: s.computation ? (JSON.parse(s.computation) as unknown) : null,
          };
        }),
      }));
    },

    complete: (id: string, version: number, note: string | undefined) =>
      setDone(id, version, nowIso(deps), note ?? null),

    reopen: (id: string, version: number) => setDone(id, version, null, null),

    /**
     * A new rule, start or recess recomputes; `dueOn` other than the computed date needs a
     * reason (as when adding). The internal target follows the new date.
     */
    update: (id: string, version: number, edit: DeadlineEdit): Promise<Created> =>
      editDeadline(id, version, async (tx, row, at) => {
        if (row.version !== version) throw new AppError('CONFLICT', 'The record was changed elsewhere');
        const d = data();
        const ruleId = edit.ruleId ?? row.rule_id;
        const start = edit.start ?? startFromColumns(row);
        const recompute = edit.ruleId !== undefined || edit.start !== undefined || edit.recess !== undefined;
        let computedDue = row.computed_due;
        let computation = row.computation;
        let confidence = row.confidence;
        let recess = row.recess;
        if (recompute) {
          if (!ruleId) throw invalid('ruleId:deadline.unknownRule');
          if (!start) throw invalid('start:deadline.startRequired');
          const kase = await tx
            .selectFrom('legal_case')
            .select('type')
            .where('id', '=', row.case_id)
            .executeTakeFirstOrThrow();
          const result = computeFor(d, {
            ruleId,
            start,
            recess: edit.recess ?? recessFromColumn(row.recess) ?? 'unsure',
            caseType: kase.type as CaseType,
          });
          computedDue = result.due;
          computation = JSON.stringify(toPreview(result, d));
          confidence = result.confidence;
          recess = result.recess;
        }
        const title = edit.title ?? row.title;
        if (!ruleId && !title) throw invalid('title:deadline.titleRequired');
        const dueOn = edit.dueOn ?? (recompute && computedDue ? computedDue : row.due_on);
        const reason = edit.reason ?? (dueOn === row.due_on ? row.override_reason : null);
        if ((computedDue === null || dueOn !== computedDue) && !reason) throw invalid('reason:deadline.reasonRequired');
        const internalDays = row.internal_working_days;
        const internalDue = internalDays ? internalDueDate(dueOn, internalDays, d.calendar) : null;

        const snapshot = Object.fromEntries(REVISED_FIELDS.map((f) => [f, row[f]]));
        await tx
          .insertInto('deadline_revision')
          .values({ id: newRecordId(deps), deadline_id: id, revised_at: at, snapshot: JSON.stringify(snapshot) })
          .execute();
        // Reminders already sent were for the old date.
        await tx
          .deleteFrom('reminder_sent')
          .where('item_id', 'in', [id, `${id}:internal`])
          .execute();
        return {
          rule_id: ruleId,
          title: title ?? null,
          ...startColumns(start),
          computed_due: computedDue,
          due_on: dueOn,
          override_reason: reason ?? null,
          confidence,
          computation,
          recess,
          internal_due_on: internalDue,
        };
      }),
  };
}
