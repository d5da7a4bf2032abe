import { useTranslation } from 'react-i18next';
import { ValueSelectField, optionsOf } from '../../components/ValueFields';

export interface PeriodChoice {
  kind: 'month' | 'quarter';
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  part: number;
}

export const periodId = (p: PeriodChoice): string =>
  p.kind === 'month' ? `${p.year}-${String(p.part).padStart(2, '0')}` : `${p.year}-Q${p.part}`;

/** The last finished quarter: what a lawyer usually reports. */
export function defaultPeriod(today = new Date()): PeriodChoice {
  const q = Math.floor(today.getMonth() / 3);
  return q === 0 ? { kind: 'quarter', year: today.getFullYear() - 1, part: 4 } : { kind: 'quarter', year: today.getFullYear(), part: q };
}

/** Month or quarter; nothing finer ever goes into a report. */
export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (p: PeriodChoice) => void }) {
  const { t, i18n } = useTranslation();
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const monthName = (m: number) => new Date(2000, m - 1, 1).toLocaleDateString(i18n.language, { month: 'long' });
  return (
    <div className="period-picker">
      <ValueSelectField
        label={t('reports.lawyer.periodKind')}
        className="input input-short"
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind, part: 1 })}
        options={optionsOf(['quarter', 'month'] as const, (k) => t(`reports.lawyer.${k}`))}
      />
      <ValueSelectField
        label={t('reports.lawyer.year')}
        className="input input-short"
        value={value.year}
        onChange={(year) => onChange({ ...value, year })}
        options={optionsOf(years, String)}
      />
      <ValueSelectField
        label={value.kind === 'month' ? t('reports.lawyer.monthLabel') : t('reports.lawyer.quarterLabel')}
        className="input input-short"
        value={value.part}
        onChange={(part) => onChange({ ...value, part })}
        options={optionsOf(
          Array.from({ length: value.kind === 'month' ? 12 : 4 }, (_, i) => i + 1),
          (n) => (value.kind === 'month' ? monthName(n) : t('reports.lawyer.quarterOption', { q: String(n) })),
        )}
      />
    </div>
  );
}
