import { addDays, daysBetween } from './civil-date';

export type AgendaBucket = 'overdue' | 'today' | 'week' | 'later';

/** Overdue, today, the next 7 days, then later: the lawyer's morning view. */
export function agendaBucket(date: string, today: string): { bucket: AgendaBucket; daysLeft: number } {
  const daysLeft = daysBetween(today, date);
  if (daysLeft < 0) return { bucket: 'overdue', daysLeft };
  if (daysLeft === 0) return { bucket: 'today', daysLeft };
  if (date <= addDays(today, 7)) return { bucket: 'week', daysLeft };
  return { bucket: 'later', daysLeft };
}
