import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { HearingDetails, HEARING_OUTCOMES } from '../../shared/schemas/casework';
import type { DeadlineStart, RecessChoice } from '../../shared/schemas/deadlines';
import type { HearingView } from '../../shared/schemas/deadline-views';
import { recordAudit } from '../audit-log';
import { newRecordId, nowIso, type CasefileDeps } from '../casefile/context';
import { updateAtVersion } from '../casefile/update-at-version';
import { requireLiveCase } from '../casefile/live-records';
import type { AddDeadline as AddAnyDeadline } from '../deadlines/deadline-service';
import { courtSetRuleId } from './court-set-data';

type Created = { id: string; version: number };

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
  const inTx = <T>(run: (tx: Db) => Promise<T>) => deps.db().transaction().execute(run);

  async function hearingRow(db: Db, id: string) {
    const row = await db.selectFrom('hearing').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', 'Hearing not found');
    return row;
  }

  return {
    async details(caseId: string): Promise<HearingDetails[]> {
      const db = deps.db();
      await requireLiveCase(db, caseId);
      const hearings = await db
        .selectFrom('hearing')
        .select(['id', 'outcome', 'outcome_note', 'outcome_deadline_id'])
        .where('case_id', '=', caseId)
        .orderBy('starts_at')
        .execute();
      const moves = hearings.length
        ? await db
            .selectFrom('hearing_postponement')
            .selectAll()
            .where(
              'hearing_id',
              'in',
              hearings.map((h) => h.id),
            )
            .orderBy('created_at')
            .execute()
        : [];
      return hearings.map((h) => ({
        id: h.id,
        outcome: h.outcome as HearingDetails['outcome'],
        outcomeNote: h.outcome_note,
        outcomeDeadlineId: h.outcome_deadline_id,
        postponements: moves
          .filter((m) => m.hearing_id === h.id)
          .map((m) => ({
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
      inTx(async (tx) => {
        await hearingRow(tx, id);
        const next = await updateAtVersion(
          tx,
          'hearing',
          id,
          version,
          {
            kind: h.kind,
            court: h.court ?? null,
            hall: h.hall ?? null,
            file_number: h.fileNumber ?? null,
            preparation: h.preparation ?? null,
          },
          nowIso(deps),
        );
        await recordAudit(tx, deps.clock, { action: 'updated', entity: 'hearing', entityId: id });
        return { id, version: next };
      }),

    /**
     * Moves the hearing to `startsAt`; it is open again (not held, no outcome), and its
     * reminders are due again for the new date.
     */
    postpone: (id: string, version: number, startsAt: string, reason: string): Promise<Created> =>
      inTx(async (tx) => {
        const row = await hearingRow(tx, id);
        if (row.starts_at === startsAt) throw new AppError('VALIDATION', 'Same date', ['startsAt:hearing.sameDate']);
        const at = nowIso(deps);
        const next = await updateAtVersion(
          tx,
          'hearing',
          id,
          version,
          { starts_at: startsAt, done_at: null, outcome: null, outcome_note: null },
          at,
        );
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
        await recordAudit(tx, deps.clock, { action: 'updated', entity: 'hearing', entityId: id });
        return { id, version: next };
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
      const row = await hearingRow(deps.db(), id);
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
      return inTx(async (tx) => {
        const at = nowIso(deps);
        const next = await updateAtVersion(
          tx,
          'hearing',
          id,
          version,
          {
            outcome,
            outcome_note: note ?? null,
            ...(created ? { outcome_deadline_id: created.id } : {}),
            done_at: row.done_at ?? at,
          },
          at,
        );
        await recordAudit(tx, deps.clock, { action: 'updated', entity: 'hearing', entityId: id });
        return { id, version: next, deadlineId: created?.id ?? null };
      });
    },
  };
}
