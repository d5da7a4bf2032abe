import { PERIOD_RE } from '../../shared/schemas/report';

/**
 * A reporting period: a calendar month or a quarter. Reports never carry a finer date, and two
 * periods of one lawyer must not overlap (a month inside a reported quarter would count twice).
 */
export interface Period {
  /** `2026-07` or `2026-Q3`: the only date a report carries. */
  id: string;
  kind: 'month' | 'quarter';
  /** First and last civil day, inclusive, 'YYYY-MM-DD' (ISO dates compare as strings). */
  from: string;
  to: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Days in a month of the proleptic Gregorian calendar, without Date and time zones. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses `YYYY-MM` or `YYYY-Qn`; null for anything else (including `2026-13`, `2026-Q5`, `2026-7`). */
export function parsePeriod(text: string): Period | null {
  const m = PERIOD_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const firstMonth = m[2] !== undefined ? Number(m[2]) : (Number(m[3]) - 1) * 3 + 1;
  const lastMonth = m[2] !== undefined ? firstMonth : firstMonth + 2;
  return {
    id: text,
    kind: m[2] !== undefined ? 'month' : 'quarter',
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** A period that has not ended yet is allowed (a preview mid-month) but flagged by callers. */
export function periodEnded(period: Period, today: string): boolean {
  return period.to < today;
}
