/**
 * Civil-date helpers for deadlines, hearings and the agenda. Dates are `YYYY-MM-DD` strings
 * (the backend's civil dates) and shown as `dd.mm.yyyy`; times are 24-hour `HH:mm`. Written
 * by hand rather than with Intl so an English operating system never shows mm/dd/yyyy.
 */

import { formatDate } from '../../components/format';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A hearing's `2025-03-07T09:30` → `07.03.2025 09:30`. */
export function showDateTime(startsAt: string): string {
  return `${formatDate(startsAt.slice(0, 10))} ${startsAt.slice(11, 16)}`;
}

/** `9:05` or `09:05` → `09:05`; null unless it is a 24-hour time. */
export function parseTimeInput(text: string): string | null {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return m ? `${pad(Number(m[1]))}:${m[2]}` : null;
}

/** Civil dates as UTC midnights, so daylight-saving changes never shift a day. */
export function fromIso(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export function toIso(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  const date = fromIso(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Whole days from `fromIsoDate` to `toIsoDate` (negative when `toIsoDate` is earlier). */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((fromIso(toIsoDate).getTime() - fromIso(fromIsoDate).getTime()) / 86_400_000);
}
