/**
 * What a lawyer types into a date field, read strictly and the same way whatever the operating
 * system's locale: day first, then month, then a four-digit year (`01.03.2026`, `1.3.2026`,
 * `01/03/2026`, or ISO `2026-03-01`). A swapped or impossible date is refused with a reason,
 * never guessed: `03/15/2026` has no 15th month, `31.02.2026` no such day, `01.03.26` no
 * century. Pure, so the e2e, the forms and the
 * spreadsheet import (domain/import) agree on every case. Lives in shared/ so that the main process
 * reads a date exactly as the renderer's date field does.
 */

export type DateInputLanguage = 'tr' | 'en';

export type DateInputError =
  /** Not day, month and year separated by `.`, `/` or `-`. */
  | 'format'
  /** The year has fewer than four digits: 26 could be 1926 or 2026. */
  | 'ambiguousYear'
  /** The "month" is over 12 and the "day" is not: typed month-first (mm/dd/yyyy). */
  | 'monthFirst'
  /** No such day in that month (31.04, 29.02.2027) or no such month. */
  | 'impossible'
  /** A year before 1900 or after 2100 is a typo. */
  | 'outOfRange';

export type ParsedDate =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Only where a year alone is allowed (a date of birth known as "1990"). */
  | { kind: 'year'; year: string }
  | { kind: 'error'; error: DateInputError };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(day: number, month: number, year: number): ParsedDate {
  if (year < MIN_YEAR || year > MAX_YEAR) return { kind: 'error', error: 'outOfRange' };
  if (month > 12 && day >= 1 && day <= 12) return { kind: 'error', error: 'monthFirst' };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { kind: 'error', error: 'impossible' };
  return { kind: 'date', iso: `${year}-${pad(month)}-${pad(day)}` };
}

export function parseDateInput(text: string, options: { allowYear?: boolean } = {}): ParsedDate {
  const value = text.trim();
  if (value === '') return { kind: 'empty' };
  if (/^\d{4}$/.test(value)) {
    if (!options.allowYear) return { kind: 'error', error: 'format' };
    const year = Number(value);
    return year < MIN_YEAR || year > MAX_YEAR ? { kind: 'error', error: 'outOfRange' } : { kind: 'year', year: value };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return build(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  // The same separator twice: "01.03/2026" is a slip, not a date.
  const dmy = /^(\d{1,2})([./-])(\d{1,2})\2(\d{1,4})$/.exec(value);
  if (!dmy) return { kind: 'error', error: 'format' };
  const [, day, , month, year] = dmy;
  if ((year ?? '').length !== 4) return { kind: 'error', error: 'ambiguousYear' };
  return build(Number(day), Number(month), Number(year));
}
