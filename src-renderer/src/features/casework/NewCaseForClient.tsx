import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { useNavigation } from '../../app/navigation';
import { DateField } from '../../components/DateField';
import { localCivilDate } from '../../components/format';
import type { AppErrorShape } from '@shared/errors';
import { CASE_TYPES, type CaseType } from '@shared/schemas/deadlines';
import { FormEnd } from './FormEnd';
import { LabeledField } from './LabeledField';
import './casework.css';

/**
 * "New case for this client" on the client page: a returning client gets a second case on the same
 * record (cases:createForClient), never a duplicate client. Its details are filled on the case page.
 */
export function NewCaseForClient({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const create = useInvokeMutation('cases:createForClient');
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<CaseType>('removal-appeal');
  const [title, setTitle] = useState('');
  const [openedOn, setOpenedOn] = useState(localCivilDate());
  const [error, setError] = useState<AppErrorShape | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await create({ clientId, case: { type, title, openedOn, status: 'active' } });
    if (!r.ok) return setError(r.error);
    nav.navigate({ name: 'case', id: r.value.caseId });
  };

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('casework.newCase.button')}
      </button>
    );
  }
  return (
    <form className="case-form" noValidate aria-label={t('casework.newCase.button')} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">
        <LabeledField label={t('casework.newCase.type')}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={type}
              autoFocus
              onChange={(e) => setType(e.target.value as CaseType)}
            >
              {CASE_TYPES.map((c) => (
                <option key={c} value={c}>
                  {t(`caseTypes.${c}`)}
                </option>
              ))}
            </select>
          )}
        </LabeledField>
        <DateField label={t('casework.newCase.openedOn')} value={openedOn} onChange={setOpenedOn} />
        <LabeledField label={t('casework.newCase.title')} className="span-2">
          {(id) => <input id={id} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </LabeledField>
      </div>
      <FormEnd error={error} onCancel={() => setOpen(false)} />
    </form>
  );
}
