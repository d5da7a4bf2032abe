import type { DeadlineRule, DeadlineStep, DeadlineWarning, Period, RecessChoice } from '../../shared/schemas/deadlines';
import { addDays, addMonths, type CivilDate, isWeekend } from './civil-date';
import { type HolidayCalendar, holidayNames } from './holiday-calendar';
import { isInJudicialRecess, recessExtendedDate } from './judicial-recess';

export interface CountResult {
  due: CivilDate;
  steps: DeadlineStep[];
  warnings: DeadlineWarning[];
}

export interface CountOptions {
  calendar: HolidayCalendar;
  recess: RecessChoice;
  /**
   * Detention maximums: `from` is day one (YUKK 57(3), 68(5) run from the start of detention).
   * Otherwise `from` is the notification day, which is not counted (İYUK 8(1), HMK 92(1)).
   */
  firstDayCounts: boolean;
}

/** The day the period ends ("sürenin bittiği gün"), before the recess and holiday rules. */
function periodEnd(from: CivilDate, period: Period, firstDayCounts: boolean): DeadlineStep & { code: 'periodEnds' } {
  const { amount, unit } = period;
  const counted = firstDayCounts ? { firstDayCounted: true } : {};
  if (unit === 'days') {
    // Day 1 is the next day (or `from` itself when the first day counts), so day N is
    // from + N (or from + N − 1).
    return { code: 'periodEnds', date: addDays(from, firstDayCounts ? amount - 1 : amount), amount, unit, ...counted };
  }
  // HMK art. 92(2) and ECtHR practice: the same-numbered day N months later, clamped to the
  // month's last day. When the first day counts, the period ends the day before that (the
  // earlier reading where a clamped day leaves room for two).
  const { date, clampedFrom } = addMonths(from, amount);
  const end = firstDayCounts ? addDays(date, -1) : date;
  return clampedFrom === undefined
    ? { code: 'periodEnds', date: end, amount, unit, ...counted }
    : { code: 'periodEnds', date: end, amount, unit, clampedFrom, ...counted };
}

function nextWorkingDay(date: CivilDate, isWorking: (d: CivilDate) => boolean): CivilDate {
  let day = date;
  while (!isWorking(day)) day = addDays(day, 1);
  return day;
}

function previousWorkingDay(date: CivilDate, calendar: HolidayCalendar): CivilDate {
  let day = addDays(date, -1);
  while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/**
 * Counts a period from `from` (the effective notification day, or the first day of detention).
 * Order matters: the recess is decided on the day the period ends (İYUK 8(3) speaks of periods
 * ending in the recess), and the holiday rule then applies to whatever day that gives
 * (İYUK 8(2)). Every extension the law leaves in doubt is withheld, and a warning names the
 * later date.
 */
export function countFrom(rule: DeadlineRule, period: Period, from: CivilDate, options: CountOptions): CountResult {
  const { calendar, recess, firstDayCounts } = options;
  const steps: DeadlineStep[] = [
    firstDayCounts ? { code: 'firstDayCounts', date: from } : { code: 'countingStarts', date: addDays(from, 1) },
  ];
  const warnings: DeadlineWarning[] = [];
  const shift = (d: CivilDate): CivilDate =>
    rule.onNonWorkingLastDay === 'extends' ? nextWorkingDay(d, (x) => calendar.isWorkingDay(x)) : d;

  const end = periodEnd(from, period, firstDayCounts);
  steps.push(end);
  let due = end.date;

  let recessApplied = false;
  if (isInJudicialRecess(end.date)) {
    const extendedTo = recessExtendedDate(end.date);
    switch (rule.judicialRecess) {
      case 'extends':
        if (recess === 'taken') {
          steps.push({ code: 'judicialRecess', date: end.date, extendedTo });
          warnings.push({ code: 'recessApplied', date: end.date, extendedTo });
          due = extendedTo;
          recessApplied = true;
        } else if (recess === 'not-taken') {
          warnings.push({ code: 'recessCourtDoesNotTake', date: end.date });
        } else {
          // İYUK 61(1), second sentence: not every court takes the recess; the unextended date
          // stands until the lawyer records that this one does.
          warnings.push({ code: 'recessCourtUnknown', date: end.date, extendedTo: shift(extendedTo) });
        }
        break;
      case 'urgent-no-extension':
        // İYUK art. 62(b): matters a law requires to be decided within a fixed time are heard by
        // the duty court during the recess.
        if (recess !== 'not-taken') warnings.push({ code: 'recessNotAppliedUrgent', date: end.date });
        break;
      case 'unsure-no-extension':
        if (recess !== 'not-taken')
          warnings.push({ code: 'recessNotAppliedUnsure', date: end.date, extendedTo: shift(extendedTo) });
        break;
      case 'not-applicable':
        break;
    }
  }

  switch (rule.onNonWorkingLastDay) {
    case 'extends': {
      const beforeShift = due;
      // İYUK art. 8(2), HMK art. 93: a last day on an official holiday or a weekend runs to the
      // end of the next working day. Consecutive holidays and weekends are all skipped.
      const uncertain: CivilDate[] = [];
      while (!calendar.isWorkingDay(due)) {
        steps.push(nonWorkingStep(due, calendar));
        if (calendar.isUncertainHoliday(due) && !isWeekend(due)) uncertain.push(due);
        due = addDays(due, 1);
      }
      if (uncertain.length > 0) {
        const dueIfWorkingDays = nextWorkingDay(beforeShift, (x) => calendar.isWorkingDayIgnoringUncertain(x));
        if (dueIfWorkingDays !== due) {
          warnings.push({
            code: 'uncertainHoliday',
            dates: uncertain,
            holidays: holidayNames(uncertain.flatMap((d) => calendar.holidaysOn(d)).filter((h) => !h.half)),
            dueIfWorkingDays,
          });
        }
      }
      if (
        rule.judicialRecess === 'extends' &&
        recess === 'taken' &&
        !recessApplied &&
        due !== beforeShift &&
        isInJudicialRecess(due)
      ) {
        // The period itself ended before the recess; extending it again would be the later,
        // less certain date.
        warnings.push({ code: 'recessAfterHolidayShiftNotApplied', date: beforeShift, shiftedTo: due });
      }
      break;
    }
    case 'not-extended':
      if (!calendar.isWorkingDay(due)) {
        warnings.push({
          code: 'lastDayNonWorkingNotExtended',
          date: due,
          ...whyNonWorking(due, calendar),
          ...(firstDayCounts ? { limit: true } : {}),
        });
      }
      break;
    case 'disputed':
      if (!calendar.isWorkingDay(due)) {
        // Practice is split: keep the earlier day, name the working day to act by and the
        // day the period would run to if it does extend.
        warnings.push({
          code: 'lastDayNonWorkingDisputed',
          date: due,
          ...whyNonWorking(due, calendar),
          actBy: previousWorkingDay(due, calendar),
          possiblyExtendedTo: nextWorkingDay(due, (x) => calendar.isWorkingDay(x)),
        });
      }
      break;
  }

  if (calendar.isHalfDay(due)) {
    // Law 2429: the afternoon is a holiday. Counting the day as a working day is the safe choice.
    warnings.push({ code: 'lastDayHalfDay', date: due, holidays: holidayNames(calendar.holidaysOn(due)) });
  }
  steps.push({ code: 'due', date: due });
  return { due, steps, warnings };
}

function nonWorkingStep(date: CivilDate, calendar: HolidayCalendar): DeadlineStep & { code: 'nonWorkingDay' } {
  return { code: 'nonWorkingDay', date, ...whyNonWorking(date, calendar) };
}

/** Why a day is not a working day: a weekend, and the holidays on it (names carried for rendering). */
function whyNonWorking(date: CivilDate, calendar: HolidayCalendar) {
  return { weekend: isWeekend(date), holidays: holidayNames(calendar.holidaysOn(date)) };
}
