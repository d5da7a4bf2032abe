import type { TFunction } from 'i18next';

/**
 * A reporting period as a lawyer reads it (issue 14): "2026 3. çeyrek" / "Q3 2026", "Temmuz 2026" /
 * "July 2026". The machine form (`2026-Q3`, `2026-07`) stays in files and channels only.
 */
export function periodLabel(id: string, t: TFunction, language: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(id);
  if (quarter) return t('reports.periodQuarter', { year: quarter[1] ?? '', q: quarter[2] ?? '' });
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(id);
  if (month) {
    return new Date(Number(month[1]), Number(month[2]) - 1, 1).toLocaleDateString(language, {
      month: 'long',
      year: 'numeric',
    });
  }
  return id;
}
