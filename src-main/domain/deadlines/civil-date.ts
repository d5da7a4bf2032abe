/**
 * Civil dates as 'YYYY-MM-DD' strings. Deadlines are calendar days in Türkiye, not instants:
 * all arithmetic goes through Date.UTC so that the machine's time zone and daylight-saving
 * changes can never move a day. The strings sort and compare correctly as plain strings.
 */
export type CivilDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

interface Parts {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsOf(value: string): Parts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function mustParse(value: CivilDate): Parts {
  const parts = partsOf(value);
  if (!parts) throw new RangeError(`Not a civil date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

function fromUtcMs(ms: number): CivilDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function toUtcMs({ year, month, day }: Parts): number {
  return Date.UTC(year, month - 1, day);
}

/** True for a real calendar day written as YYYY-MM-DD (2027-02-30 and 2027-2-3 are false). */
export function isCivilDate(value: string): boolean {
  return partsOf(value) !== null;
}

/** The canonical form of a civil date, or null when it is malformed or impossible. */
export function parseCivilDate(value: string): CivilDate | null {
  return partsOf(value) ? value : null;
}

export function yearOf(date: CivilDate): number {
  return mustParse(date).year;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtcMs(toUtcMs(mustParse(date)) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((toUtcMs(mustParse(to)) - toUtcMs(mustParse(from))) / DAY_MS);
}

export interface MonthsAdded {
  date: CivilDate;
  /** The day number that did not exist in the end month, when the result was clamped. */
  clampedFrom?: number;
}

/**
 * Same-numbered day `months` later; where that day does not exist, the month's last day
 * (research counting rule 8; HMK art. 92(2); ECtHR practice for 30 or 31 February).
 */
export function addMonths(date: CivilDate, months: number): MonthsAdded {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const endYear = Math.floor(index / 12);
  const endMonth = (index % 12) + 1;
  const last = daysInMonth(endYear, endMonth);
  const result = fromUtcMs(Date.UTC(endYear, endMonth - 1, Math.min(day, last)));
  return day > last ? { date: result, clampedFrom: day } : { date: result };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  const sunday0 = new Date(toUtcMs(mustParse(date))).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** Saturday and Sunday: courts and registries are closed (research counting rule 2). */
export function isWeekend(date: CivilDate): boolean {
  return isoWeekday(date) >= 6;
}

/** dd.mm.yyyy, the form Turkish courts and lawyers write. */
export function formatDdMmYyyy(date: CivilDate): string {
  const { year, month, day } = mustParse(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

export function yearsBetween(from: CivilDate, to: CivilDate): number[] {
  const years: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) years.push(y);
  return years;
}
