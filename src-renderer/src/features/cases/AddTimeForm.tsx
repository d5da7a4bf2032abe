import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import type { EntryFormProps } from './addForm';
import { EntryForm, useCaseEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { CheckboxField, TextAreaField, TextField } from '../../components/FormInputs';
import { timeForm } from './timelineSchemas';
import { localCivilDate } from '../../components/format';

export type TimeValues = z.input<ReturnType<typeof timeForm>>;

export function AddTimeForm(props: EntryFormProps<TimeValues>) {
  const { t } = useTranslation();
  const { form, entry, bind } = useCaseEntryForm({
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

  return (
    <EntryForm {...entry}>
      <div className="case-form-grid">
        <FormDateField label={t('timeline.workedOn')} hint={t('cases.dateHint')} {...bind.control('workedOn')} />
        <TextField
          label={t('timeline.minutes')}
          hint={t('timeline.minutesHint')}
          {...bind.field('minutes')}
          className="input-short"
        />
      </div>
      <TextAreaField label={t('timeline.description')} {...bind.field('description')} className="case-textarea" />
      <CheckboxField label={t('timeline.proBono')} registration={form.register('proBono')} />
    </EntryForm>
  );
}
