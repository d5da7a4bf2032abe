import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { Field } from '../../components/Field';
import { FormDateField } from '../../components/FormDateField';
import { SelectField, TextField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
import { HEARING_KINDS } from '@shared/schemas/deadline-views';
import { useKeyedFieldBinder } from '../casework/useKeyedFieldBinder';
import { DeadlineFormDialog } from './DeadlineFormDialog';
import {
  EMPTY_HEARING,
  hearingFieldOf,
  hearingFormSchema,
  type HearingAddInput,
  type HearingFormValues,
} from './hearingForm';
import { TimeField } from './TimeField';

interface Props {
  caseId: string;
  onSaved: () => void;
  onClose: () => void;
}

export function AddHearingDialog({ caseId, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const addHearing = useInvokeMutation('hearings:add');
  const form = useForm<HearingFormValues, unknown, HearingAddInput>({
    resolver: zodResolver(hearingFormSchema),
    defaultValues: EMPTY_HEARING,
  });
  const bind = useKeyedFieldBinder(form);

  const textField = (field: 'court' | 'hall' | 'fileNumber', maxLength: number) => (
    <TextField label={t(`hearings.${field}`)} {...bind.field(field)} maxLength={maxLength} />
  );

  return (
    <DeadlineFormDialog
      title={t('hearings.dialogTitle')}
      testId="add-hearing-dialog"
      submitLabel={t('hearings.save')}
      form={form}
      save={(input) => addHearing({ caseId, ...input })}
      fieldOf={hearingFieldOf}
      onSaved={onSaved}
      onClose={onClose}
    >
      <SelectField
        label={t('hearings.kind')}
        {...bind.field('kind')}
        choices={optionsOf(HEARING_KINDS, (k) => t(`hearings.kinds.${k}`))}
      />
      {textField('court', 200)}
      <div className="form-row">
        <FormDateField label={t('hearings.date')} hint={t('deadlines.dialog.dateHint')} {...bind.control('date')} />
        <TimeField label={t('hearings.time')} hint={t('hearings.timeHint')} {...bind.field('time')} />
      </div>
      <div className="form-row">
        {textField('hall', 100)}
        {textField('fileNumber', 100)}
      </div>
      {/* TextAreaField takes no length limit: the field written out keeps the 5000 characters. */}
      <Field label={t('hearings.preparation')} hint={t('hearings.preparationHint')} error={bind.errorAt('preparation')}>
        {(c) => (
          <textarea {...c} className="input textarea" rows={3} maxLength={5000} {...form.register('preparation')} />
        )}
      </Field>
    </DeadlineFormDialog>
  );
}
