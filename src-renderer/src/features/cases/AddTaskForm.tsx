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
import { Field } from '../../components/Field';
import { errorText, validationMessage } from '../../components/validationMessage';
import { taskForm } from './timelineSchemas';
import { useReportUnsaved } from './unsavedGuard';

interface Props {
  caseId: string;
  onAdded: () => Promise<void>;
  onCancel: () => void;
}

export function AddTaskForm({ caseId, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => taskForm(caseId), [caseId]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { title: '', dueOn: '' },
  });
  const { register, handleSubmit, formState, setFocus } = form;
  const e = formState.errors;
  useReportUnsaved(formState.isDirty);
  useEffect(() => setFocus('title'), [setFocus]);

  const submit = handleSubmit(async (value) => {
    const result = await submitEntry(invoke('tasks:add', value), form.setError, ['title', 'dueOn']);
    if (!result.ok) return setError(result.error);
    form.reset();
    await onAdded();
  });

  return (
    <form className="case-form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('timeline.addTask')}>
      <div className="case-form-grid">
        <Field label={t('timeline.taskTitle')} error={errorText(t, e.title?.message)} className="span-2">
          {(c) => <input {...c} className="input" {...register('title')} />}
        </Field>
        <FormDateField
          control={form.control}
          name="dueOn"
          label={t('timeline.dueOn')}
          hint={t('timeline.dueOnHint')}
          error={e.dueOn?.message ? validationMessage(t, e.dueOn.message) : undefined}
        />
      </div>
      <FormActions
        submitLabel={t('timeline.saveTask')}
        submitting={formState.isSubmitting}
        invalid={formState.isSubmitted && Object.keys(e).length > 0}
        error={error}
        onCancel={onCancel}
      />
    </form>
  );
}
