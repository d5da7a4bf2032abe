import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { EntryForm, useEntryForm, useFieldErrorText } from './EntryForm';
import { TextAreaField } from '../../components/FormInputs';
import { noteForm } from './timelineSchemas';

interface Props {
  caseId: string;
  onAdded: () => Promise<void>;
  onCancel: () => void;
}

export function AddNoteForm({ caseId, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => noteForm(caseId), [caseId]);
  const { form, submit, error } = useEntryForm({
    schema,
    defaults: { body: '' },
    focus: 'body',
    fields: ['body'],
    save: useInvokeMutation('notes:add'),
    onSaved: () => onAdded(),
  });
  const errorAt = useFieldErrorText(form);

  return (
    <EntryForm
      form={form}
      submit={submit}
      error={error}
      label={t('timeline.addNote')}
      submitLabel={t('timeline.saveNote')}
      onCancel={onCancel}
    >
      <TextAreaField
        label={t('timeline.noteBody')}
        hint={t('timeline.noteHint')}
        error={errorAt('body')}
        registration={form.register('body')}
        className="case-textarea"
        rows={6}
      />
    </EntryForm>
  );
}
