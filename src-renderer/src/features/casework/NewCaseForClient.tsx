import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { useNavigation } from '../../app/navigation';
import { DateField } from '../../components/DateField';
import { localCivilDate } from '../../components/format';
import { ValueSelectField, ValueTextField, optionsOf } from '../../components/ValueFields';
import { CASE_TYPES, type CaseType } from '@shared/schemas/deadlines';
import { CaseForm } from './CaseForm';
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

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('casework.newCase.button')}
      </button>
    );
  }
  return (
    <CaseForm
      label={t('casework.newCase.button')}
      save={() => create({ clientId, case: { type, title, openedOn, status: 'active' } })}
      onSaved={(r) => nav.navigate({ name: 'case', id: r.caseId })}
      onCancel={() => setOpen(false)}
    >
      <ValueSelectField
        label={t('casework.newCase.type')}
        value={type}
        autoFocus
        onChange={setType}
        options={optionsOf(CASE_TYPES, (c) => t(`caseTypes.${c}`))}
      />
      <DateField label={t('casework.newCase.openedOn')} value={openedOn} onChange={setOpenedOn} />
      <ValueTextField label={t('casework.newCase.title')} fieldClassName="span-2" value={title} onChange={setTitle} />
    </CaseForm>
  );
}
