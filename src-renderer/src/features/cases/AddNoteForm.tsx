import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { EntryForm, useEntryForm } from './EntryForm';
import { useFieldBinder } from '../../components/useFieldBinder';
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
  const bind = useFieldBinder(form);

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
        {...bind.field('body')}
        className="case-textarea"
        rows={6}
      />
    </EntryForm>
  );
}
