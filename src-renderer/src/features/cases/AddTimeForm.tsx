import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';
import { submitEntry } from './addForm';
import { FormActions } from './FormActions';
import { FormDateField } from '../../components/FormDateField';
import { CheckboxField, FormField } from './FormField';
import { todayIso } from './format';
import { validationMessage } from './validation';
import { timeForm } from './timelineSchemas';
import { useReportUnsaved } from './unsavedGuard';

interface Props {
  caseId: string;
  onAdded: () => Promise<void>;
  onCancel: () => void;
}

export function AddTimeForm({ caseId, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => timeForm(caseId), [caseId]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    // Pro bono is the default: it is what the organisation reports.
    defaultValues: { workedOn: todayIso(), minutes: '', description: '', proBono: true },
  });
  const { register, handleSubmit, formState, setFocus } = form;
  const e = formState.errors;
  useReportUnsaved(formState.isDirty);
  useEffect(() => setFocus('minutes'), [setFocus]);

  const submit = handleSubmit(async (value) => {
    const result = await submitEntry(invoke('time:add', value), form.setError, [
      'workedOn',
      'minutes',
      'description',
      'proBono',
    ]);
    if (!result.ok) return setError(result.error);
    form.reset();
    await onAdded();
  });

  return (
    <form className="case-form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('timeline.addTime')}>
      <div className="case-form-grid">
        <FormDateField
          control={form.control}
          name="workedOn"
          label={t('timeline.workedOn')}
          hint={t('cases.dateHint')}
          error={e.workedOn?.message ? validationMessage(t, e.workedOn.message) : undefined}
        />
        <FormField label={t('timeline.minutes')} hint={t('timeline.minutesHint')} errorCode={e.minutes?.message}>
          {(c) => <input {...c} className="input input-short" {...register('minutes')} />}
        </FormField>
      </div>
      <FormField label={t('timeline.description')} errorCode={e.description?.message}>
        {(c) => <textarea {...c} className="input case-textarea" rows={3} {...register('description')} />}
      </FormField>
      <CheckboxField label={t('timeline.proBono')}>
        {(id) => <input id={id} type="checkbox" {...register('proBono')} />}
      </CheckboxField>
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
