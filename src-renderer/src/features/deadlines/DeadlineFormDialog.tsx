import { useId, useState, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormDialogButtons } from '../../components/FormDialogButtons';
import { applyServerErrors } from '../../components/serverErrors';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { fieldMessageKey } from './serverErrors';
import { useDismissGuard } from './useDismissGuard';

interface Props<In extends FieldValues, Out> {
  title: string;
  testId: string;
  submitLabel: string;
  form: UseFormReturn<In, unknown, Out>;
  /** Saves the checked values; null when the dialog refused them itself (at a field). */
  save: (value: Out) => Promise<Envelope<unknown> | null>;
  /** Where a VALIDATION answer's path lands in the form; what lands nowhere shows under the fields. */
  fieldOf: (path: string) => Path<In> | undefined;
  onSaved: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The frame of "Add deadline" and "Add hearing": the dialog, its react-hook-form form, Cancel /
 * Save (aria-disabled while saving), the unsaved-changes guard, and the backend's refusal placed
 * at the fields (the field's sentence from the code) or, where no field shows it, under them.
 */
export function DeadlineFormDialog<In extends FieldValues, Out>(props: Props<In, Out>) {
  const { title, testId, submitLabel, form, save, fieldOf, onSaved, onClose, children } = props;
  const { t } = useTranslation();
  const formId = useId();
  const { formState } = form;
  const [error, setError] = useState<AppErrorShape | null>(null);
  const { requestClose, prompt } = useDismissGuard(formState.isDirty && !formState.isSubmitting, onClose);
  const submit = form.handleSubmit(async (value) => {
    setError(null);
    const result = await save(value);
    if (result === null) return;
    if (result.ok) return onSaved();
    const { unplaced } = applyServerErrors(result.error, form.setError, { fieldOf, message: fieldMessageKey });
    if (result.error.code !== 'VALIDATION' || unplaced.length > 0) setError(result.error);
  });
  return (
    <Dialog
      title={title}
      onClose={requestClose}
      testId={testId}
      actions={
        <FormDialogButtons
          form={formId}
          cancelLabel={t('deadlines.cancel')}
          onCancel={requestClose}
          submitLabel={submitLabel}
          busy={formState.isSubmitting}
        />
      }
    >
      <form
        id={formId}
        className="form deadline-form"
        onSubmit={(event) => void submit(event).catch(() => undefined)}
        noValidate
      >
        {children}
        <ErrorMessage error={error} />
      </form>
      {prompt}
    </Dialog>
  );
}
