import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import type { EntryFormProps } from './addForm';
import { timeForm, type FormValues } from './timelineSchemas';
import { DurationField, EntryForm, useCaseEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { CheckboxField, TextAreaField } from '../../components/FormInputs';
import { localCivilDate } from '../../components/format';

export function AddTimeForm(props: EntryFormProps<FormValues<typeof timeForm>>) {
  const { t } = useTranslation();
  const { form, entry, bind } = useCaseEntryForm({
    ...props,
    schemaFor: timeForm,
    add: useInvokeMutation('time:add'),
    update: useInvokeMutation('time:update'),
    // Pro bono is the default: it is what the organisation reports.
    defaults: { workedOn: localCivilDate(), minutes: '', description: '', proBono: true },
    focus: 'minutes',
    labels: { add: t('timeline.addTime'), edit: t('casework.edit.time'), submit: t('timeline.saveTime') },
  });

  return (
    <EntryForm {...entry}>
      <div className="case-form-grid">
        <FormDateField label={t('timeline.workedOn')} hint={t('cases.dateHint')} {...bind.control('workedOn')} />
        <DurationField label={t('timeline.minutes')} hint={t('timeline.minutesHint')} {...bind.field('minutes')} />
      </div>
      <TextAreaField label={t('timeline.description')} {...bind.field('description')} className="case-textarea" />
      <CheckboxField label={t('timeline.proBono')} registration={form.register('proBono')} />
    </EntryForm>
  );
}
