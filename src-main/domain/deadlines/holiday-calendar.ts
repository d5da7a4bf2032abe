import type { HolidayDay, HolidayName, HolidaysFile } from '../../shared/schemas/deadlines';
import { type CivilDate, isWeekend } from './civil-date';

/** Lookups over the validated holiday table (Law 2429). Built once; pure and immutable. */
export interface HolidayCalendar {
  /** Every holiday entry on that day (a day may carry two, e.g. 19 May and a Bayram day). */
  holidaysOn(date: CivilDate): readonly HolidayDay[];
  /** A full-day official holiday: it extends a period ending on it (İYUK art. 8(2)). */
  isHoliday(date: CivilDate): boolean;
  /** Only half-day entries (arife, 28 October afternoon): a working day, with a warning. */
  isHalfDay(date: CivilDate): boolean;
  /** Not a weekend and not a full-day holiday. Half days count as working days. */
  isWorkingDay(date: CivilDate): boolean;
  isYearCovered(year: number): boolean;
  readonly coveredYears: readonly number[];
}

export function holidayNames(days: readonly HolidayDay[]): HolidayName[] {
  return days.map(({ nameTr, nameEn }) => ({ nameTr, nameEn }));
}

export function createHolidayCalendar(file: HolidaysFile): HolidayCalendar {
  const byDate = new Map<CivilDate, HolidayDay[]>();
  for (const day of file.days) {
    const list = byDate.get(day.date) ?? [];
    list.push(day);
    byDate.set(day.date, list);
  }
  const coveredYears = [...new Set(file.years.map((y) => y.year))].sort((a, b) => a - b);
  const covered = new Set(coveredYears);

  const holidaysOn = (date: CivilDate): readonly HolidayDay[] => byDate.get(date) ?? [];
  const isHoliday = (date: CivilDate): boolean => holidaysOn(date).some((d) => !d.half);
  const isHalfDay = (date: CivilDate): boolean => {
    const days = holidaysOn(date);
    return days.length > 0 && days.every((d) => d.half);
  };
  return {
    holidaysOn,
    isHoliday,
    isHalfDay,
    isWorkingDay: (date) => !isWeekend(date) && !isHoliday(date),
    isYearCovered: (year) => covered.has(year),
    coveredYears,
  };
}

/** Years from `from` to `to` that the calendar does not cover. */
export function uncoveredYears(calendar: HolidayCalendar, years: readonly number[]): number[] {
  return years.filter((y) => !calendar.isYearCovered(y));
}
