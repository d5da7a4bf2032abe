import { addDays, type CivilDate } from './civil-date';
import type { HolidayCalendar } from './holiday-calendar';

/** The default lawyer's margin ("iç süre"): two working days before the legal last day. */
export const DEFAULT_INTERNAL_WORKING_DAYS = 2;
export const MAX_INTERNAL_WORKING_DAYS = 30;

/**
 * The lawyer's own target for a deadline: `workingDays` working days before the legal last
 * day (weekends and full-day holidays skipped; half days count, as they do for the legal count).
 * 0 gives the legal date itself. Pure; the legal date is never changed by it.
 */
export function internalDueDate(legalDue: CivilDate, workingDays: number, calendar: HolidayCalendar): CivilDate {
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > MAX_INTERNAL_WORKING_DAYS) {
    throw new RangeError(`internal deadline: working days must be 0–${MAX_INTERNAL_WORKING_DAYS}`);
  }
  let day = legalDue;
  let left = workingDays;
  while (left > 0) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) left--;
  }
  return day;
}
