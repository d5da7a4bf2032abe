import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvalidate, useInvokeMutation, useInvokeQuery } from '../../api/query';
import type { RelatedPerson } from '@shared/schemas/casefile-views';
import { RecordActions } from '../casework/RecordActions';
import { useUndo } from '../casework/useUndo';
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
  const undo = useUndo();
  const [editingId, setEditingId] = useState<string | null>(null);
  const update = useInvokeMutation('persons:update');
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
            <li key={p.id} data-testid="person-item">
              <strong>{p.name}</strong> <span className="case-badge">{t(`persons.roles.${p.role}`)}</span>
              {p.birthDate ? <span className="case-subtle"> · {formatDate(p.birthDate)}</span> : null}
              {p.identityNumber ? <span className="case-subtle case-mono"> · {p.identityNumber}</span> : null}{' '}
              <RecordActions
                name={p.name}
                editing={editingId === p.id}
                onEdit={() => setEditingId(editingId === p.id ? null : p.id)}
                onRemove={() => void undo.trash('person', p.id)}
              />
              {p.note ? <p className="timeline-text">{p.note}</p> : null}
              {editingId === p.id ? (
                <AddPersonForm
                  caseId={caseId}
                  editing={{ id: p.id, version: p.version, values: personValues(p) }}
                  onCancel={() => setEditingId(null)}
                  onAdded={(_clean, saved) => {
                    setEditingId(null);
                    undo.saved(t('casework.saved'), () =>
                      update({ id: p.id, version: saved.version, ...personInput(p) }),
                    );
                    return Promise.resolve();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {undo.notice}
      <ErrorMessage error={undo.error} />
      {adding ? (
        <div className="case-add-panel">
          <AddPersonForm
            caseId={caseId}
            onCancel={close}
            onAdded={async (clean) => {
              await invalidate(['persons:list']);
              undo.saved(clean ? t('persons.noMatches') : t('persons.added'));
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
              undo.saved('');
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

function personValues(p: RelatedPerson) {
  return {
    role: p.role,
    name: p.name,
    birthDate: p.birthDate ?? '',
    identityNumber: p.identityNumber ?? '',
    note: p.note ?? '',
  };
}

/** The person as persons:update takes it: what Undo saves back after an edit. */
function personInput(p: RelatedPerson) {
  return {
    role: p.role,
    name: p.name,
    birthDate: p.birthDate ?? undefined,
    identityNumber: p.identityNumber ?? '',
    note: p.note ?? '',
  };
}
