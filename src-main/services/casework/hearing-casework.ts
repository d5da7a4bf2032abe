import { AppError } from '../../shared/errors';
import type { HearingDetails, HEARING_OUTCOMES } from '../../shared/schemas/casework';
import type { DeadlineStart, RecessChoice } from '../../shared/schemas/deadlines';
import type { HearingView } from '../../shared/schemas/deadline-views';
import { newRecordId, type CasefileDeps } from '../casefile/context';
import { childRows, liveCaseRows, recordEditor, rowOf, type Created } from '../casefile/record-rows';
import type { AddDeadline as AddAnyDeadline } from '../deadlines/deadline-service';
import { courtSetRuleId } from './court-set-data';

export interface CourtSetDeadline {
  days: number;
  title: string;
  /** Default: pronounced at the hearing, counted from its day. */
  start?: DeadlineStart | undefined;
  recess?: RecessChoice | undefined;
}

/**
 * Hearings after they are scheduled: edited, postponed (erteleme, the old date and the reason
 * kept), and decided (ara karar, karar, ertelendi), an interim decision with the period it sets
 * (kesin süre) computed by the deadline engine and saved in the same step.
 */
export function createHearingCasework(deps: CasefileDeps, addDeadline: (input: AddAnyDeadline) => Promise<Created>) {
  /** Changes the hearing at `version`, audited; `change` writes what goes with it and returns its new columns. */
  const editHearing = recordEditor(deps, 'hearing', 'hearing', 'Hearing not found');

  return {
    async details(caseId: string): Promise<HearingDetails[]> {
      const db = deps.db();
      const hearings = await liveCaseRows(db, 'hearing', caseId, 'starts_at');
      const movesOf = await childRows(db, 'hearing_postponement', 'hearing_id', hearings, 'created_at');
      return hearings.map((h) => ({
        id: h.id,
        outcome: h.outcome as HearingDetails['outcome'],
        outcomeNote: h.outcome_note,
        outcomeDeadlineId: h.outcome_deadline_id,
        postponements: movesOf(h.id).map((m) => ({
          fromStartsAt: m.from_starts_at,
          toStartsAt: m.to_starts_at,
          reason: m.reason,
          at: m.created_at,
        })),
      }));
    },

    update: (
      id: string,
      version: number,
      h: {
        kind: HearingView['kind'];
        court?: string | undefined;
        hall?: string | undefined;
        fileNumber?: string | undefined;
        preparation?: string | undefined;
      },
    ): Promise<Created> =>
      editHearing(id, version, () => ({
        kind: h.kind,
        court: h.court ?? null,
        hall: h.hall ?? null,
        file_number: h.fileNumber ?? null,
        preparation: h.preparation ?? null,
      })),

    /**
     * Moves the hearing to `startsAt`; it is open again (not held, no outcome), and its
     * reminders are due again for the new date.
     */
    postpone: (id: string, version: number, startsAt: string, reason: string): Promise<Created> =>
      editHearing(id, version, async (tx, row, at) => {
        if (row.starts_at === startsAt) throw new AppError('VALIDATION', 'Same date', ['startsAt:hearing.sameDate']);
        await tx
          .insertInto('hearing_postponement')
          .values({
            id: newRecordId(deps),
            hearing_id: id,
            from_starts_at: row.starts_at,
            to_starts_at: startsAt,
            reason,
            created_at: at,
          })
          .execute();
        await tx.deleteFrom('reminder_sent').where('item_id', '=', id).execute();
        return { starts_at: startsAt, done_at: null, outcome: null, outcome_note: null };
      }),

    /**
     * Records the outcome and marks the hearing held. With `deadline` (an interim decision) the
     * period it sets is computed and saved first: a refused computation changes nothing.
     */
    async setOutcome(
      id: string,
      version: number,
      outcome: (typeof HEARING_OUTCOMES)[number],
      note: string | undefined,
      deadline: CourtSetDeadline | undefined,
    ): Promise<Created & { deadlineId: string | null }> {
      const row = await rowOf(deps.db(), 'hearing', id, 'Hearing not found');
      if (row.version !== version) throw new AppError('CONFLICT', 'The record was changed elsewhere');
      const created = deadline
        ? await addDeadline({
            caseId: row.case_id,
            ruleId: courtSetRuleId(deadline.days),
            title: deadline.title,
            start: deadline.start ?? { kind: 'notification', date: row.starts_at.slice(0, 10) },
            recess: deadline.recess,
          })
        : null;
      const edited = await editHearing(id, version, (_tx, _row, at) => ({
        outcome,
        outcome_note: note ?? null,
        ...(created ? { outcome_deadline_id: created.id } : {}),
        done_at: row.done_at ?? at,
      }));
      return { ...edited, deadlineId: created?.id ?? null };
    },
  };
}
