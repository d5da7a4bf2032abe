/**
 * Civil-date helpers for deadlines, hearings and the agenda. Dates are `YYYY-MM-DD` strings
 * (the backend's civil dates) and shown as `dd.mm.yyyy`; times are 24-hour `HH:mm`. Written
 * by hand rather than with Intl so an English operating system never shows mm/dd/yyyy.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2025-03-07` (or `2025-03-07T…`) → `07.03.2025`. */
export function showDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A hearing's `2025-03-07T09:30` → `07.03.2025 09:30`. */
export function showDateTime(startsAt: string): string {
  return `${showDate(startsAt)} ${startsAt.slice(11, 16)}`;
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

/** Today on this machine as `YYYY-MM-DD` (local, not UTC: at 01:00 in İstanbul it is already tomorrow). */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
