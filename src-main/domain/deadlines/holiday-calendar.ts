import type { HolidayDay, HolidayKind, HolidayName, HolidaysFile } from '../../shared/schemas/deadlines';
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
  /**
   * A full-day holiday whose date is computed rather than published (a bayram day in a year
   * whose confidence is not S): fixed holidays are certain in every year.
   */
  isUncertainHoliday(date: CivilDate): boolean;
  /** As isWorkingDay, but treating uncertain bayram days as working days. */
  isWorkingDayIgnoringUncertain(date: CivilDate): boolean;
  isYearCovered(year: number): boolean;
  readonly coveredYears: readonly number[];
}

/** Bayram days move with the lunar calendar; only these can be wrong in a computed year. */
const MOVABLE: ReadonlySet<HolidayKind> = new Set(['ramazan', 'kurban', 'arife-half']);

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
  const computedYears = new Set(file.years.filter((y) => y.confidence !== 'S').map((y) => y.year));

  const holidaysOn = (date: CivilDate): readonly HolidayDay[] => byDate.get(date) ?? [];
  const isHoliday = (date: CivilDate): boolean => holidaysOn(date).some((d) => !d.half);
  const isHalfDay = (date: CivilDate): boolean => {
    const days = holidaysOn(date);
    return days.length > 0 && days.every((d) => d.half);
  };
  const uncertain = (d: HolidayDay): boolean => MOVABLE.has(d.kind) && computedYears.has(Number(d.date.slice(0, 4)));
  // A day is a certain holiday when some full-day entry on it is certain (19 May 2027 stays a
  // holiday even if the Kurban Bayramı day on it moved).
  const isCertainHoliday = (date: CivilDate): boolean => holidaysOn(date).some((d) => !d.half && !uncertain(d));
  return {
    holidaysOn,
    isHoliday,
    isHalfDay,
    isWorkingDay: (date) => !isWeekend(date) && !isHoliday(date),
    isUncertainHoliday: (date) => isHoliday(date) && !isCertainHoliday(date),
    isWorkingDayIgnoringUncertain: (date) => !isWeekend(date) && !isCertainHoliday(date),
    isYearCovered: (year) => covered.has(year),
    coveredYears,
  };
}

/** Years from `from` to `to` that the calendar does not cover. */
export function uncoveredYears(calendar: HolidayCalendar, years: readonly number[]): number[] {
  return years.filter((y) => !calendar.isYearCovered(y));
}
