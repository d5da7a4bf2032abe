import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import type { EntryFormProps } from './addForm';
import { EntryForm, useCaseEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { TextField } from '../../components/FormInputs';
import { taskForm } from './timelineSchemas';

export interface TaskValues {
  title: string;
  dueOn: string;
}

export function AddTaskForm(props: EntryFormProps<TaskValues>) {
  const { t } = useTranslation();
  const { form, entry, errorAt } = useCaseEntryForm({
    ...props,
    schemaFor: taskForm,
    add: useInvokeMutation('tasks:add'),
    update: useInvokeMutation('tasks:update'),
    defaults: { title: '', dueOn: '' },
    focus: 'title',
    fields: ['title', 'dueOn'],
    labels: { add: t('timeline.addTask'), edit: t('casework.edit.task'), submit: t('timeline.saveTask') },
  });

  return (
    <EntryForm {...entry}>
      <div className="case-form-grid">
        <TextField
          label={t('timeline.taskTitle')}
          error={errorAt('title')}
          registration={form.register('title')}
          fieldClassName="span-2"
        />
        <FormDateField
          control={form.control}
          name="dueOn"
          label={t('timeline.dueOn')}
          hint={t('timeline.dueOnHint')}
          error={errorAt('dueOn')}
        />
      </div>
    </EntryForm>
  );
}
