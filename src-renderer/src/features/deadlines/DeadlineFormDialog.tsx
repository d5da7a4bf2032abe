import { useId, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormDialogButtons } from '../../components/FormDialogButtons';
import type { AppErrorShape } from '@shared/errors';
import { useDismissGuard } from './useDismissGuard';

interface Props {
  title: string;
  testId: string;
  submitLabel: string;
  /** Saving: the submit button is aria-disabled. */
  busy: boolean;
  /** Something typed and not saved: closing asks first. */
  dirty: boolean;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The error no field shows, under the fields. */
  error: AppErrorShape | null;
  formRef?: RefObject<HTMLFormElement | null>;
  children: ReactNode;
}

/** The frame of "Add deadline" and "Add hearing": the dialog, its form, Cancel / Save, the unsaved-changes guard. */
export function DeadlineFormDialog(props: Props) {
  const { title, testId, submitLabel, busy, dirty, onClose, onSubmit, error, formRef, children } = props;
  const { t } = useTranslation();
  const formId = useId();
  const { requestClose, prompt } = useDismissGuard(dirty, onClose);
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
          busy={busy}
        />
      }
    >
      <form id={formId} ref={formRef} className="form deadline-form" onSubmit={onSubmit} noValidate>
        {children}
        <ErrorMessage error={error} />
      </form>
      {prompt}
    </Dialog>
  );
}
