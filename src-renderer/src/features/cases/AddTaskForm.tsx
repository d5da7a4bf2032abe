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
import { errorText, validationMessage } from '../../components/validationMessage';
import { taskForm } from './timelineSchemas';
import { useReportUnsaved } from './unsavedGuard';

export interface TaskValues {
  title: string;
  dueOn: string;
}

interface Props {
  caseId: string;
  /** Correcting an existing task instead of adding one. */
  editing?: Editing<TaskValues> | undefined;
  onAdded: (saved: Saved) => Promise<void>;
  onCancel: () => void;
}

export function AddTaskForm({ caseId, editing, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => taskForm(caseId), [caseId]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: editing?.values ?? { title: '', dueOn: '' },
  });
  const { register, handleSubmit, formState, setFocus } = form;
  const e = formState.errors;
  useReportUnsaved(formState.isDirty);
  useEffect(() => setFocus('title'), [setFocus]);

  const add = useInvokeMutation('tasks:add');
  const update = useInvokeMutation('tasks:update');
  const submit = handleSubmit(async (value) => {
    const call = editing ? update({ id: editing.id, version: editing.version, ...withoutCase(value) }) : add(value);
    const result = await submitEntry(call, form.setError, ['title', 'dueOn']);
    if (!result.ok) return setError(result.error);
    form.reset();
    await onAdded(result.value);
  });

  return (
    <form
      className="case-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={editing ? t('casework.edit.task') : t('timeline.addTask')}
    >
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
