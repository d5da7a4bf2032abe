import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { useNavigation } from '../../app/navigation';
import { FormDateField } from '../../components/FormDateField';
import { SelectField, TextField } from '../../components/FormInputs';
import { localCivilDate } from '../../components/format';
import { optionsOf } from '../../components/ValueFields';
import { CASE_TYPES } from '@shared/schemas/deadlines';
import { CaseForm } from './CaseForm';
import { newCaseSchema } from './recordForms';
import { useCaseForm } from './useCaseForm';
import './casework.css';

/**
 * "New case for this client" on the client page: a returning client gets a second case on the same
 * record (cases:createForClient), never a duplicate client. Its details are filled on the case page.
 */
export function NewCaseForClient({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const nav = useNavigation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('casework.newCase.button')}
      </button>
    );
  }
  return (
    <NewCaseForm
      clientId={clientId}
      onSaved={(caseId) => nav.navigate({ name: 'case', id: caseId })}
      onCancel={() => setOpen(false)}
    />
  );
}

function NewCaseForm({
  clientId,
  onSaved,
  onCancel,
}: {
  clientId: string;
  onSaved: (caseId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useInvokeMutation('cases:createForClient');
  const { bind, save } = useCaseForm({
    schema: newCaseSchema,
    defaults: { type: 'removal-appeal', openedOn: localCivilDate(), title: '' },
    focus: 'type',
    call: (value) => create({ clientId, case: value }),
  });
  return (
    <CaseForm label={t('casework.newCase.button')} save={save} onSaved={(r) => onSaved(r.caseId)} onCancel={onCancel}>
      <SelectField
        label={t('casework.newCase.type')}
        {...bind.field('type')}
        choices={optionsOf(CASE_TYPES, (c) => t(`caseTypes.${c}`))}
      />
      <FormDateField label={t('casework.newCase.openedOn')} {...bind.control('openedOn')} />
      <TextField label={t('casework.newCase.title')} fieldClassName="span-2" {...bind.field('title')} />
    </CaseForm>
  );
}
