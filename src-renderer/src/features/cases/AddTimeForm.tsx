import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { withoutCase, type Editing, type Saved } from './addForm';
import { EntryForm, useEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { CheckboxField } from '../../components/FormInputs';
import { errorText, validationMessage } from '../../components/validationMessage';
import { timeForm } from './timelineSchemas';
import { localCivilDate } from '../../components/format';

export interface TimeValues {
  workedOn: string;
  minutes: string;
  description: string;
  proBono: boolean;
}

interface Props {
  caseId: string;
  /** Correcting an existing time entry instead of adding one. */
  editing?: Editing<TimeValues> | undefined;
  onAdded: (saved: Saved) => Promise<void>;
  onCancel: () => void;
}

export function AddTimeForm({ caseId, editing, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => timeForm(caseId), [caseId]);
  const add = useInvokeMutation('time:add');
  const update = useInvokeMutation('time:update');
  const { form, submit, error } = useEntryForm({
    schema,
    // Pro bono is the default: it is what the organisation reports.
    defaults: editing?.values ?? { workedOn: localCivilDate(), minutes: '', description: '', proBono: true },
    focus: 'minutes',
    fields: ['workedOn', 'minutes', 'description', 'proBono'],
    save: (value) =>
      editing ? update({ id: editing.id, version: editing.version, ...withoutCase(value) }) : add(value),
    onSaved: onAdded,
  });
  const { register } = form;
  const e = form.formState.errors;

  return (
    <EntryForm
      form={form}
      submit={submit}
      error={error}
      label={editing ? t('casework.edit.time') : t('timeline.addTime')}
      submitLabel={t('timeline.saveTime')}
      onCancel={onCancel}
    >
      <div className="case-form-grid">
        <FormDateField
          control={form.control}
          name="workedOn"
          label={t('timeline.workedOn')}
          hint={t('cases.dateHint')}
          error={e.workedOn?.message ? validationMessage(t, e.workedOn.message) : undefined}
        />
        <Field label={t('timeline.minutes')} hint={t('timeline.minutesHint')} error={errorText(t, e.minutes?.message)}>
          {(c) => <input {...c} className="input input-short" {...register('minutes')} />}
        </Field>
      </div>
      <Field label={t('timeline.description')} error={errorText(t, e.description?.message)}>
        {(c) => <textarea {...c} className="input case-textarea" rows={3} {...register('description')} />}
      </Field>
      <CheckboxField label={t('timeline.proBono')} registration={register('proBono')} />
    </EntryForm>
  );
}
