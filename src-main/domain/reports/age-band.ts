import type { AGE_BANDS } from '../../shared/schemas/report';

export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * Age band at a reference date (the period's last day). Birth dates are stored as 'YYYY-MM-DD'
 * (exact) or 'YYYY' (year or approximate): for a year alone the age is taken as the difference
 * of years, which is what the lawyer recorded and good enough for bands this wide.
 */
export function ageBand(birthDate: string | null, at: string): AgeBand {
  const age = ageAt(birthDate, at);
  if (age === null || age < 0) return 'unknown';
  if (age <= 17) return '0-17';
  if (age <= 24) return '18-24';
  if (age <= 59) return '25-59';
  return '60+';
}

export function ageAt(birthDate: string | null, at: string): number | null {
  if (birthDate === null) return null;
  const exact = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const yearOnly = /^(\d{4})$/.exec(birthDate);
  const atYear = Number(at.slice(0, 4));
  if (exact) {
    const hadBirthday = at.slice(5) >= birthDate.slice(5);
    return atYear - Number(exact[1]) - (hadBirthday ? 0 : 1);
  }
  if (yearOnly) return atYear - Number(yearOnly[1]);
  return null;
}
