import { useTranslation } from 'react-i18next';
import { daysUntil } from './format';
import { formatDate } from '../../components/format';

/** "3 gün kaldı" / "2 days overdue" / "due today", coloured by urgency, with the date beside it. */
export function Countdown({ dueOn, withDate = true }: { dueOn: string; withDate?: boolean }) {
  const { t } = useTranslation();
  const days = daysUntil(dueOn);
  const text =
    days > 0
      ? t('cases.daysLeft', { count: days })
      : days < 0
        ? t('cases.daysOverdue', { count: -days })
        : t('cases.dueToday');
  const tone = days < 0 ? 'overdue' : days <= 3 ? 'soon' : 'later';
  return (
    <span className={`case-countdown case-countdown-${tone}`} data-testid="countdown">
      {text}
      {withDate ? <span className="case-subtle"> ({formatDate(dueOn)})</span> : null}
    </span>
  );
}
