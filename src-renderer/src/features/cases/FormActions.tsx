import { useTranslation } from 'react-i18next';
import { FormProblems } from '../../components/FormProblems';
import { SaveCancelActions } from '../../components/SaveCancelActions';
import type { AppErrorShape } from '@shared/errors';

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
      <FormProblems invalid={invalid} message={t('timeline.fixErrors')} error={error} validationOnFields />
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
