import { useTranslation } from 'react-i18next';
import { useInvokeQuery } from '../../api/query';
import './agenda.css';

interface Props {
  /** Absent on the agenda itself, where the overdue items are right below. */
  onShowAgenda: (() => void) | undefined;
}

/**
 * At the top of every unlocked screen while anything is overdue: a missed removal-appeal
 * window can mean a deportation, so this is never only on the agenda. Counts, never names.
 */
export function OverdueBanner({ onShowAgenda }: Props) {
  const { t } = useTranslation();
  // One day ahead is enough: overdue items are always included whatever the range. Asked
  // again on every navigation (the banner is remounted with the page) and after any change
  // that invalidates the agenda.
  const overdue =
    useInvokeQuery(
      'agenda:get',
      { days: 1 },
      { select: (v) => v.items.filter((item) => item.bucket === 'overdue').length },
    ).data ?? 0;

  if (overdue === 0) return null;
  return (
    <div className="cluster overdue-banner" role="status" data-testid="overdue-banner">
      <span className="overdue-banner-text">{t('agenda.banner', { count: overdue })}</span>
      {onShowAgenda ? (
        <button type="button" className="button button-small overdue-banner-link" onClick={onShowAgenda}>
          {t('agenda.bannerLink')}
        </button>
      ) : null}
    </div>
  );
}
