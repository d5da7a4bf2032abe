import { useTranslation } from 'react-i18next';
import { FocusedHeading } from '../../components/ScreenHeading';

/** Placeholder until deadlines exist: says what this page will hold and what comes next. */
export function Agenda({ onNewClient }: { onNewClient: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agenda-title">
      <div className="page-header">
        <FocusedHeading id="agenda-title">{t('home.title')}</FocusedHeading>
        <button type="button" className="button button-primary" onClick={onNewClient}>
          {t('clients.newClient')}
        </button>
      </div>
      <div className="empty-state">
        <h2>{t('home.emptyTitle')}</h2>
        <p>{t('home.emptyBody')}</p>
        <p>{t('home.emptyNext')}</p>
      </div>
    </section>
  );
}
