import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvalidate, useInvokeQuery } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AddPersonForm } from './AddPersonForm';
import { formatDate } from '../../components/format';

/** Opposing parties, relatives and witnesses of this case: the people conflict checks look at. */
export function PartiesSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useInvokeQuery('persons:list', { caseId }, { select: (v) => v.persons });
  const persons = query.data ?? null;
  const error = query.error?.shape ?? null;
  const invalidate = useInvalidate();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  const close = (): void => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <section className="case-section" aria-labelledby="parties-title">
      <h2 id="parties-title">{t('persons.title')}</h2>
      <p className="case-subtle">{t('persons.intro')}</p>
      {error ? (
        <>
          <p>{t('persons.loadFailed')}</p>
          <ErrorMessage error={error} />
        </>
      ) : persons === null ? null : persons.length === 0 ? (
        <p className="case-empty">{t('persons.empty')}</p>
      ) : (
        <ul className="case-person-list" aria-label={t('persons.listLabel')}>
          {persons.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> <span className="case-badge">{t(`persons.roles.${p.role}`)}</span>
              {p.birthDate ? <span className="case-subtle"> · {formatDate(p.birthDate)}</span> : null}
              {p.identityNumber ? <span className="case-subtle case-mono"> · {p.identityNumber}</span> : null}
              {p.note ? <p className="timeline-text">{p.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="status-message" role="status">
        {status}
      </p>
      {adding ? (
        <div className="case-add-panel">
          <AddPersonForm
            caseId={caseId}
            onCancel={close}
            onAdded={async (clean) => {
              await invalidate(['persons:list']);
              setStatus(clean ? t('persons.noMatches') : t('persons.added'));
              close();
            }}
          />
        </div>
      ) : (
        <div>
          <button
            ref={addButton}
            type="button"
            className="button button-quiet"
            onClick={() => {
              setStatus('');
              setAdding(true);
            }}
          >
            {t('persons.add')}
          </button>
        </div>
      )}
    </section>
  );
}
