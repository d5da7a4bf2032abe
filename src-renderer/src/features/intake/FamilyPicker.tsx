import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeQuery } from '../../api/query';
import { fullName } from '../../components/format';
import { useDebounced } from '../../components/useDebounced';
import type { ClientRow } from '@shared/schemas/casefile-views';
import { FormSection } from '../../components/FormInputs';
import { RemovableChip } from '../../components/RemovableChip';
import { ValueSearchField } from '../../components/ValueFields';

interface Member {
  id: string;
  name: string;
}

/** Adds family members already in the vault to the new case (intake's `otherClientIds`). */
export function FamilyPicker({ value, onChange }: { value: Member[]; onChange: (next: Member[]) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 250);
  // The previous answer stays while the next one is on its way; a failed search finds nobody.
  const found =
    useInvokeQuery('clients:list', query === '' ? null : { search: query, limit: 8, offset: 0, sort: 'name' }, {
      keepPrevious: true,
      select: (v): ClientRow[] => v.rows,
    }).data ?? [];
  const candidates = (query === '' ? [] : found).filter((row) => !value.some((m) => m.id === row.id));

  return (
    <FormSection legend={t('intake.familyTitle')}>
      <p className="field-hint">{t('intake.familyHint')}</p>
      {value.length > 0 ? (
        <ul className="chip-list">
          {value.map((m) => (
            <RemovableChip
              key={m.id}
              label={m.name}
              removeLabel={t('form.removeItem', { item: m.name })}
              onRemove={() => onChange(value.filter((x) => x.id !== m.id))}
            />
          ))}
        </ul>
      ) : null}
      <ValueSearchField label={t('intake.familySearch')} value={typed} onChange={setTyped} />
      {query !== '' ? (
        candidates.length === 0 ? (
          <p className="muted">{t('intake.familyNone')}</p>
        ) : (
          <ul className="plain-list family-results">
            {candidates.map((row) => {
              const name = fullName(row.givenName, row.familyName);
              return (
                <li key={row.id}>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => {
                      onChange([...value, { id: row.id, name }]);
                      setTyped('');
                    }}
                  >
                    {t('intake.familyAdd', { name })}
                  </button>
                  {row.birthYear ? <span className="muted"> {row.birthYear}</span> : null}
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </FormSection>
  );
}
