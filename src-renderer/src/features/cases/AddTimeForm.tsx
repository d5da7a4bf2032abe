import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useInvokeMutation } from '../../api/query';
import type { AppErrorShape } from '@shared/errors';
import { submitEntry, withoutCase, type Editing, type Saved } from './addForm';
import { FormActions } from './FormActions';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { CheckboxField } from '../../components/FormInputs';
import { errorText, validationMessage } from '../../components/validationMessage';
import { timeForm } from './timelineSchemas';
import { useReportUnsaved } from './unsavedGuard';
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
  const [error, setError] = useState<AppErrorShape | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    // Pro bono is the default: it is what the organisation reports.
    defaultValues: editing?.values ?? { workedOn: localCivilDate(), minutes: '', description: '', proBono: true },
  });
  const { register, handleSubmit, formState, setFocus } = form;
  const e = formState.errors;
  useReportUnsaved(formState.isDirty);
  useEffect(() => setFocus('minutes'), [setFocus]);

  const add = useInvokeMutation('time:add');
  const update = useInvokeMutation('time:update');
  const submit = handleSubmit(async (value) => {
    const call = editing ? update({ id: editing.id, version: editing.version, ...withoutCase(value) }) : add(value);
    const result = await submitEntry(call, form.setError, ['workedOn', 'minutes', 'description', 'proBono']);
    if (!result.ok) return setError(result.error);
    form.reset();
    await onAdded(result.value);
  });

  return (
    <form
      className="case-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={editing ? t('casework.edit.time') : t('timeline.addTime')}
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
      <FormActions
        submitLabel={t('timeline.saveTime')}
        submitting={formState.isSubmitting}
        invalid={formState.isSubmitted && Object.keys(e).length > 0}
        error={error}
        onCancel={onCancel}
      />
    </form>
  );
}
