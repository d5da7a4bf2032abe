import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { onAgendaChanged } from '../deadlines/agendaEvents';
import './agenda.css';

interface Props {
  /** Changes on every navigation, so the count is fresh on each screen. */
  refreshKey: string;
  /** Absent on the agenda itself, where the overdue items are right below. */
  onShowAgenda: (() => void) | undefined;
}

/**
 * At the top of every unlocked screen while anything is overdue: a missed removal-appeal
 * window can mean a deportation, so this is never only on the agenda. Counts, never names.
 */
export function OverdueBanner({ refreshKey, onShowAgenda }: Props) {
  const { t } = useTranslation();
  const [overdue, setOverdue] = useState(0);

  useEffect(() => {
    let current = true;
    const load = (): void => {
      // One day ahead is enough: overdue items are always included whatever the range.
      void invoke('agenda:get', { days: 1 }).then((result) => {
        if (current && result.ok) setOverdue(result.value.items.filter((item) => item.bucket === 'overdue').length);
      });
    };
    load();
    const stop = onAgendaChanged(load);
    return () => {
      current = false;
      stop();
    };
  }, [refreshKey]);

  if (overdue === 0) return null;
  return (
    <div className="overdue-banner" role="status" data-testid="overdue-banner">
      <span className="overdue-banner-text">{t('agenda.banner', { count: overdue })}</span>
      {onShowAgenda ? (
        <button type="button" className="button button-small overdue-banner-link" onClick={onShowAgenda}>
          {t('agenda.bannerLink')}
        </button>
      ) : null}
    </div>
  );
}
