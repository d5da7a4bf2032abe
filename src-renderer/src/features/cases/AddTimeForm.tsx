import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import type { EntryFormProps } from './addForm';
import { EntryForm, useCaseEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { CheckboxField, TextAreaField, TextField } from '../../components/FormInputs';
import { timeForm } from './timelineSchemas';
import { localCivilDate } from '../../components/format';

export interface TimeValues {
  workedOn: string;
  minutes: string;
  description: string;
  proBono: boolean;
}

export function AddTimeForm(props: EntryFormProps<TimeValues>) {
  const { t } = useTranslation();
  const { form, entry, errorAt } = useCaseEntryForm({
    ...props,
    schemaFor: timeForm,
    add: useInvokeMutation('time:add'),
    update: useInvokeMutation('time:update'),
    // Pro bono is the default: it is what the organisation reports.
    defaults: { workedOn: localCivilDate(), minutes: '', description: '', proBono: true },
    focus: 'minutes',
    fields: ['workedOn', 'minutes', 'description', 'proBono'],
    labels: { add: t('timeline.addTime'), edit: t('casework.edit.time'), submit: t('timeline.saveTime') },
  });
  const { register } = form;

  return (
    <EntryForm {...entry}>
      <div className="case-form-grid">
        <FormDateField
          control={form.control}
          name="workedOn"
          label={t('timeline.workedOn')}
          hint={t('cases.dateHint')}
          error={errorAt('workedOn')}
        />
        <TextField
          label={t('timeline.minutes')}
          hint={t('timeline.minutesHint')}
          error={errorAt('minutes')}
          registration={register('minutes')}
          className="input-short"
        />
      </div>
      <TextAreaField
        label={t('timeline.description')}
        error={errorAt('description')}
        registration={register('description')}
        className="case-textarea"
      />
      <CheckboxField label={t('timeline.proBono')} registration={register('proBono')} />
    </EntryForm>
  );
}
