/**
 * Dates and durations as Turkish lawyers write them, whatever the UI language: `dd.mm.yyyy`,
 * 24-hour clock, durations as `h:mm`. Written by hand rather than with Intl so the output never
 * depends on the operating system's locale (an English laptop would otherwise show mm/dd/yyyy).
 */

import { formatDate } from '../../components/format';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A timestamp → `07.03.2025 14:05` in local time. */
export function formatDateTime(timestamp: string): string {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return formatDate(timestamp);
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `YYYY-MM-DD` into an input's `dd.mm.yyyy`; empty stays empty. */
export function isoToInput(iso: string | null | undefined): string {
  return formatDate(iso);
}

/**
 * What a lawyer types (`7.3.2025`, `07.03.2025`, `07/03/2025`, `2025-03-07`) → `YYYY-MM-DD`.
 * Empty → undefined. Anything unreadable is returned unchanged so that the schema's own date
 * check refuses it with its code (`date.invalid`) and the message appears at the field.
 */
export function inputToIso(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (dmy) return `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return value;
}

/** A birth date may be a year alone (documents often say only "1990"). */
export function birthInputToIso(text: string): string | undefined {
  const value = text.trim();
  return /^\d{4}$/.test(value) ? value : inputToIso(value);
}

/** 90 → `1:30`. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${Math.floor(abs / 60)}:${pad(abs % 60)}`;
}

/**
 * `1:30` → 90, `45` → 45 (minutes), empty → undefined. Unreadable text → NaN, which the
 * number schema refuses; a duration like `25:00` parses (1500) so that the backend's own
 * limit (24 hours) is what refuses it, with its message.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const hm = /^(\d{1,3}):([0-5]\d)$/.exec(value);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]);
  if (/^\d{1,5}$/.test(value)) return Number(value);
  return Number.NaN;
}
