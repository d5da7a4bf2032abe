import type { DeadlineRule, DeadlineStep, DeadlineWarning, Period } from '../../shared/schemas/deadlines';
import { addDays, addMonths, type CivilDate, isWeekend } from './civil-date';
import { type HolidayCalendar, holidayNames } from './holiday-calendar';
import { isInJudicialRecess, recessExtendedDate } from './judicial-recess';

export interface CountResult {
  due: CivilDate;
  steps: DeadlineStep[];
  warnings: DeadlineWarning[];
}

/** The raw last day, before the recess and holiday rules. */
function periodEnd(notifiedOn: CivilDate, period: Period): DeadlineStep & { code: 'periodEnds' } {
  const { amount, unit } = period;
  if (unit === 'days') {
    // İYUK art. 8(1), HMK art. 92(1): the day of notification is not counted, so day 1 is the
    // next day and day N is notification + N.
    return { code: 'periodEnds', date: addDays(notifiedOn, amount), amount, unit };
  }
  // HMK art. 92(2) and ECtHR practice: the same-numbered day N months later, clamped.
  const { date, clampedFrom } = addMonths(notifiedOn, amount);
  return clampedFrom === undefined
    ? { code: 'periodEnds', date, amount, unit }
    : { code: 'periodEnds', date, amount, unit, clampedFrom };
}

/**
 * Counts a period from the (effective) notification date. Order matters: the recess is decided
 * on the raw last day (İYUK 8(3) speaks of periods ending in the recess), and the holiday rule
 * then applies to whatever day that gives (İYUK 8(2)).
 */
export function countFrom(
  rule: DeadlineRule,
  period: Period,
  notifiedOn: CivilDate,
  calendar: HolidayCalendar,
): CountResult {
  const steps: DeadlineStep[] = [{ code: 'countingStarts', date: addDays(notifiedOn, 1) }];
  const warnings: DeadlineWarning[] = [];

  const end = periodEnd(notifiedOn, period);
  steps.push(end);
  let due = end.date;

  let recessApplied = false;
  if (isInJudicialRecess(end.date)) {
    switch (rule.judicialRecess) {
      case 'extends': {
        const extendedTo = recessExtendedDate(end.date);
        steps.push({ code: 'judicialRecess', date: end.date, extendedTo });
        warnings.push({ code: 'recessApplied', date: end.date, extendedTo });
        due = extendedTo;
        recessApplied = true;
        break;
      }
      case 'urgent-no-extension':
        // İYUK art. 62: urgent matters are heard by the duty court during the recess.
        warnings.push({ code: 'recessNotAppliedUrgent', date: end.date });
        break;
      case 'unsure-no-extension':
        warnings.push({ code: 'recessNotAppliedUnsure', date: end.date });
        break;
      case 'not-applicable':
        break;
    }
  }

  if (rule.extendsOnHoliday) {
    const beforeShift = due;
    // İYUK art. 8(2), HMK art. 93: a last day on an official holiday or a weekend runs to the
    // end of the next working day. Consecutive holidays and weekends are all skipped.
    while (!calendar.isWorkingDay(due)) {
      steps.push(nonWorkingStep(due, calendar));
      due = addDays(due, 1);
    }
    if (rule.judicialRecess === 'extends' && !recessApplied && due !== beforeShift && isInJudicialRecess(due)) {
      // The period itself ended before the recess; extending it again would be the later,
      // less certain date.
      warnings.push({ code: 'recessAfterHolidayShiftNotApplied', date: beforeShift, shiftedTo: due });
    }
  } else if (!calendar.isWorkingDay(due)) {
    const { weekend, holidays } = nonWorkingStep(due, calendar);
    warnings.push({ code: 'lastDayNonWorkingNotExtended', date: due, weekend, holidays });
  }

  if (calendar.isHalfDay(due)) {
    // Research counting rule 3: no clear authority that a half day extends a period.
    warnings.push({ code: 'lastDayHalfDay', date: due, holidays: holidayNames(calendar.holidaysOn(due)) });
  }
  steps.push({ code: 'due', date: due });
  return { due, steps, warnings };
}

function nonWorkingStep(date: CivilDate, calendar: HolidayCalendar): DeadlineStep & { code: 'nonWorkingDay' } {
  return {
    code: 'nonWorkingDay',
    date,
    weekend: isWeekend(date),
    holidays: holidayNames(calendar.holidaysOn(date)),
  };
}
