import { useTranslation } from 'react-i18next';
import './deadlines.css';

export type Urgency = 'overdue' | 'today' | 'soon' | 'later';

/** Three days or less is "soon": the lawyer needs to act this week, not plan for it. */
export function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'today';
  return daysLeft <= 3 ? 'soon' : 'later';
}

/**
 * "3 gün kaldı" / "2 gün geçti" / "Bugün son gün". The words carry the urgency; the colour
 * only repeats it, so nothing depends on seeing colour.
 */
export function DaysLeft({ daysLeft, kind = 'deadline' }: { daysLeft: number; kind?: 'deadline' | 'event' }) {
  const { t } = useTranslation();
  const text =
    daysLeft > 0
      ? t('deadlines.daysLeft', { count: daysLeft })
      : daysLeft < 0
        ? t('deadlines.daysOverdue', { count: -daysLeft })
        : kind === 'deadline'
          ? t('deadlines.dueToday')
          : t('deadlines.today');
  return (
    <span className={`days-left days-left-${urgencyOf(daysLeft)}`} data-testid="days-left">
      {text}
    </span>
  );
}
