import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import type { CaseRow } from '@shared/schemas/casefile-views';

/** The client's cases, each a button that opens the case page. */
export function ClientCases({ cases, onOpen }: { cases: readonly CaseRow[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="client-cases-title" data-testid="client-cases">
      <h2 id="client-cases-title">{t('clients.casesTitle')}</h2>
      {cases.length === 0 ? (
        <p className="muted">{t('clients.noCases')}</p>
      ) : (
        <ul className="plain-list case-links">
          {cases.map((c) => (
            <li key={c.id}>
              <button type="button" className="button button-link case-link" onClick={() => onOpen(c.id)}>
                {c.title ?? t(`caseTypes.${c.type}`)}
              </button>
              <span className={`status-badge status-${c.status}`}>{t(`form.caseStatuses.${c.status}`)}</span>
              <span className="muted">{t('clients.caseOpened', { date: formatDate(c.openedOn) })}</span>
              {c.title ? <span className="muted">{t(`caseTypes.${c.type}`)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
