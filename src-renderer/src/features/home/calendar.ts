import { addDays, fromIso } from '../deadlines/dates';
import { weekdayOf, WEEKDAYS } from '../deadlines/weekday';

/** The Monday on or before a civil date. */
export function mondayOf(iso: string): string {
  return addDays(iso, -WEEKDAYS.indexOf(weekdayOf(iso)));
}

/** The 7 days of the week that holds `iso`, Monday first. */
export function weekOf(iso: string): string[] {
  const monday = mondayOf(iso);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The first day of the month `iso` is in, moved by `months`. */
export function monthStart(iso: string, months = 0): string {
  const date = fromIso(iso);
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  return first.toISOString().slice(0, 10);
}

/** Whole weeks (Monday first) covering the month that starts on `first`; days of other months included. */
export function monthGrid(first: string): string[][] {
  const month = first.slice(0, 7);
  const weeks: string[][] = [];
  let monday = mondayOf(first);
  while (weeks.length === 0 || monday.slice(0, 7) === month) {
    weeks.push(weekOf(monday));
    monday = addDays(monday, 7);
  }
  return weeks;
}
