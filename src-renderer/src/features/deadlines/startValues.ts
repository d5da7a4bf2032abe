import type { DeadlineStart, RecessChoice } from '@shared/schemas/deadlines';
import type { DeadlineRuleView } from './types';

/**
 * How a deadline's clock started, as the add-deadline dialog and quick intake hold it: one
 * shape, one set of fields (StartFields), one reading into the engine's `DeadlineStart`. Dates
 * are what DateField gives: `YYYY-MM-DD`, '' or the text as typed.
 */
export interface StartValues {
  /** Hand or post (tebliğ) vs e-notification (UETS); ignored for detention maximums. */
  kind: 'notification' | 'e-notification';
  /** Notification date, e-notification delivery date, or the day detention began. */
  date: string;
  /** E-notification only: when it was opened, if before the 5th day. */
  openedOn: string;
  /** Detention only: only the written order's date is known. */
  orderDateOnly: boolean;
  /** Whether the court takes the judicial recess (İYUK 61(1)). */
  recess: RecessChoice;
}

export const EMPTY_START: StartValues = {
  kind: 'notification',
  date: '',
  openedOn: '',
  orderDateOnly: false,
  recess: 'unsure',
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const runsFromDetention = (rule: DeadlineRuleView | undefined): boolean =>
  rule?.startsFrom === 'detention-start';

/** The engine's start, or null while a date is missing or not a date. */
export function startFrom(values: StartValues, rule: DeadlineRuleView | undefined): DeadlineStart | null {
  if (!ISO.test(values.date)) return null;
  if (runsFromDetention(rule)) {
    return values.orderDateOnly
      ? { kind: 'detention', startedOn: values.date, orderDateOnly: true }
      : { kind: 'detention', startedOn: values.date };
  }
  if (values.kind === 'notification') return { kind: 'notification', date: values.date };
  if (values.openedOn.trim() === '') return { kind: 'e-notification', deliveredOn: values.date };
  return ISO.test(values.openedOn)
    ? { kind: 'e-notification', deliveredOn: values.date, openedOn: values.openedOn }
    : null;
}

export interface StartIssue {
  field: 'date' | 'openedOn';
  /** An i18n key. */
  message: string;
}

/** What is wrong with the start fields: a missing or unreadable date, or a date in the future. */
export function startIssues(values: StartValues, rule: DeadlineRuleView | undefined, today: string): StartIssue[] {
  const issues: StartIssue[] = [];
  if (values.date.trim() === '') issues.push({ field: 'date', message: 'deadlines.errors.startRequired' });
  else if (!ISO.test(values.date)) issues.push({ field: 'date', message: 'deadlines.errors.badDate' });
  else if (values.date > today) issues.push({ field: 'date', message: 'validation.date.inFuture' });
  if (!runsFromDetention(rule) && values.kind === 'e-notification' && values.openedOn.trim() !== '') {
    if (!ISO.test(values.openedOn)) issues.push({ field: 'openedOn', message: 'deadlines.errors.badDate' });
    else if (values.openedOn > today) issues.push({ field: 'openedOn', message: 'validation.date.inFuture' });
  }
  return issues;
}
