import { useTranslation } from 'react-i18next';
import { FocusedHeading } from '../../components/ScreenHeading';

/** Placeholder until deadlines exist: says what this page will hold and what comes next. */
export function Agenda() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agenda-title">
      <FocusedHeading id="agenda-title">{t('home.title')}</FocusedHeading>
      <div className="empty-state">
        <h2>{t('home.emptyTitle')}</h2>
        <p>{t('home.emptyBody')}</p>
        <p>{t('home.emptyNext')}</p>
      </div>
    </section>
  );
}
