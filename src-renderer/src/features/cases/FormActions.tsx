import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SaveCancelActions } from '../../components/SaveCancelActions';
import type { AppErrorShape } from '@shared/errors';

/**
 * Why a case form did not save: a sentence when fields have errors (the errors themselves are on
 * the fields) and the backend's error unless it was a VALIDATION already placed on the fields.
 */
export function FormProblems({
  invalid,
  message,
  error,
}: {
  invalid: boolean;
  message: string;
  error: AppErrorShape | null;
}) {
  return (
    <>
      {invalid ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
      {error && error.code !== 'VALIDATION' ? <ErrorMessage error={error} /> : null}
    </>
  );
}

interface Props {
  submitLabel: string;
  submitting: boolean;
  /** Field errors are on the fields; this sentence at the buttons says why nothing happened. */
  invalid: boolean;
  error: AppErrorShape | null;
  onCancel: () => void;
}

export function FormActions({ submitLabel, submitting, invalid, error, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <FormProblems invalid={invalid} message={t('timeline.fixErrors')} error={error} />
      <SaveCancelActions
        saving={submitting}
        saveLabel={submitLabel}
        savingLabel={t('timeline.saving')}
        cancelLabel={t('timeline.cancel')}
        onCancel={onCancel}
      />
    </>
  );
}
