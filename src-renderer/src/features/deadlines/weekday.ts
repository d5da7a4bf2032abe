import { fromIso } from './dates';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Monday-first weekday of a civil date (Turkish calendars start the week on Monday). */
export function weekdayOf(iso: string): Weekday {
  const sundayFirst = fromIso(iso).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] ?? 'mon';
}
