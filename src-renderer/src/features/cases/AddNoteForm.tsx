import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useInvokeMutation } from '../../api/query';
import type { AppErrorShape } from '@shared/errors';
import { submitEntry } from './addForm';
import { FormActions } from './FormActions';
import { Field } from '../../components/Field';
import { errorText } from '../../components/validationMessage';
import { noteForm } from './timelineSchemas';
import { useReportUnsaved } from './unsavedGuard';

interface Props {
  caseId: string;
  onAdded: () => Promise<void>;
  onCancel: () => void;
}

export function AddNoteForm({ caseId, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => noteForm(caseId), [caseId]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { body: '' },
  });
  const { register, handleSubmit, formState, setFocus } = form;
  useReportUnsaved(formState.isDirty);
  useEffect(() => setFocus('body'), [setFocus]);

  const add = useInvokeMutation('notes:add');
  const submit = handleSubmit(async (value) => {
    const result = await submitEntry(add(value), form.setError, ['body']);
    if (!result.ok) return setError(result.error);
    form.reset();
    await onAdded();
  });

  return (
    <form className="case-form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('timeline.addNote')}>
      <Field
        label={t('timeline.noteBody')}
        hint={t('timeline.noteHint')}
        error={errorText(t, formState.errors.body?.message)}
      >
        {(c) => <textarea {...c} className="input case-textarea" rows={6} {...register('body')} />}
      </Field>
      <FormActions
        submitLabel={t('timeline.saveNote')}
        submitting={formState.isSubmitting}
        invalid={formState.isSubmitted && Object.keys(formState.errors).length > 0}
        error={error}
        onCancel={onCancel}
      />
    </form>
  );
}
