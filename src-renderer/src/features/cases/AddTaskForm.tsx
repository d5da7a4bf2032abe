import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { withoutCase, type Editing, type Saved } from './addForm';
import { EntryForm, useEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { errorText, validationMessage } from '../../components/validationMessage';
import { taskForm } from './timelineSchemas';

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
  const add = useInvokeMutation('tasks:add');
  const update = useInvokeMutation('tasks:update');
  const { form, submit, error } = useEntryForm({
    schema,
    defaults: editing?.values ?? { title: '', dueOn: '' },
    focus: 'title',
    fields: ['title', 'dueOn'],
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
      label={editing ? t('casework.edit.task') : t('timeline.addTask')}
      submitLabel={t('timeline.saveTask')}
      onCancel={onCancel}
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
    </EntryForm>
  );
}
