/**
 * Dates as lawyers in Turkey write them (dd.mm.yyyy), whatever the interface language: the
 * same date must read the same on screen, on a petition and in a court file.
 */

/**
 * The one date formatter: '2024-05-07' → '07.05.2024'; a timestamp ('…T…') → its local civil day
 * the same way; empty → ''; anything else (a year alone, "1990") is returned unchanged.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const civil = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (civil) return `${civil[3]}.${civil[2]}.${civil[1]}`;
  if (!value.includes('T')) return value;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  return localCivilDate(at).split('-').reverse().join('.');
}

/**
 * "Today" (or the day of `at`) as the local civil date 'YYYY-MM-DD', what the schemas call today
 * (not UTC: at 01:00 in İstanbul it is already tomorrow). The one definition of today.
 */
export function localCivilDate(at: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A full name the Turkish way: given name first. Single-name clients have no family name. */
export function fullName(givenName: string, familyName: string | null | undefined): string {
  return familyName ? `${givenName} ${familyName}` : givenName;
}
