import type { DeadlineStart, RecessChoice } from '../../shared/schemas/deadlines';

/** The `case_deadline` columns that record where a deadline starts counting. */
export interface StartColumns {
  start_kind: string;
  notified_on: string | null;
  delivered_on: string | null;
  opened_on: string | null;
  detention_started_on: string | null;
  order_date_only: number;
}

/** The columns for a start (none: a manual deadline), as added and as edited. */
export function startColumns(start: DeadlineStart | null | undefined): StartColumns {
  return {
    start_kind: start?.kind ?? 'manual',
    notified_on: start?.kind === 'notification' ? start.date : null,
    delivered_on: start?.kind === 'e-notification' ? start.deliveredOn : null,
    opened_on: start?.kind === 'e-notification' ? (start.openedOn ?? null) : null,
    detention_started_on: start?.kind === 'detention' ? start.startedOn : null,
    order_date_only: start?.kind === 'detention' && start.orderDateOnly ? 1 : 0,
  };
}

/** The start a row records, or null for a manual deadline (or one whose start date is missing). */
export function startFromColumns(r: StartColumns): DeadlineStart | null {
  if (r.start_kind === 'notification' && r.notified_on) return { kind: 'notification', date: r.notified_on };
  if (r.start_kind === 'e-notification' && r.delivered_on) {
    return r.opened_on
      ? { kind: 'e-notification', deliveredOn: r.delivered_on, openedOn: r.opened_on }
      : { kind: 'e-notification', deliveredOn: r.delivered_on };
  }
  if (r.start_kind === 'detention' && r.detention_started_on) {
    return r.order_date_only
      ? { kind: 'detention', startedOn: r.detention_started_on, orderDateOnly: true }
      : { kind: 'detention', startedOn: r.detention_started_on };
  }
  return null;
}

/** A stored recess choice, or null when the column holds none (or an unknown value). */
export const recessFromColumn = (value: string | null): RecessChoice | null =>
  value === 'taken' || value === 'not-taken' || value === 'unsure' ? value : null;
