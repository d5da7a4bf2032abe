export {
  MAX_YEAR,
  MIN_YEAR,
  parseDateInput,
  type DateInputError,
  type DateInputLanguage,
  type ParsedDate,
} from '@shared/date-input';
import type { DateInputLanguage } from '@shared/date-input';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-03-01` → `01.03.2026` (Turkish) or `01/03/2026` (English): what the field shows. */
export function formatDateInput(iso: string, language: DateInputLanguage): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const separator = language === 'tr' ? '.' : '/';
  return [m[3], m[2], m[1]].join(separator);
}

/** A civil date as a local Date at noon (for the calendar), so no time zone moves the day. */
export function isoToLocalDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
}

export function localDateToIso(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
