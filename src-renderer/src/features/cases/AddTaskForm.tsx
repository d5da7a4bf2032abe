import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import type { EntryFormProps } from './addForm';
import { taskForm, type FormValues } from './timelineSchemas';
import { EntryForm, useCaseEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { TextField } from '../../components/FormInputs';

export function AddTaskForm(props: EntryFormProps<FormValues<typeof taskForm>>) {
  const { t } = useTranslation();
  const { entry, bind } = useCaseEntryForm({
    ...props,
    schemaFor: taskForm,
    add: useInvokeMutation('tasks:add'),
    update: useInvokeMutation('tasks:update'),
    defaults: { title: '', dueOn: '' },
    focus: 'title',
    labels: { add: t('timeline.addTask'), edit: t('casework.edit.task'), submit: t('timeline.saveTask') },
  });

  return (
    <EntryForm {...entry}>
      <div className="case-form-grid">
        <TextField label={t('timeline.taskTitle')} {...bind.field('title')} fieldClassName="span-2" />
        <FormDateField label={t('timeline.dueOn')} hint={t('timeline.dueOnHint')} {...bind.control('dueOn')} />
      </div>
    </EntryForm>
  );
}
