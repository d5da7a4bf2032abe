import type { FieldValues, FormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '@shared/errors';
import { FormProblems } from '../../components/FormProblems';
import { SaveCancelActions } from '../../components/SaveCancelActions';

/** Each client form's own words for its ending. */
const TEXTS = {
  edit: { fixErrors: 'clients.fixErrors', save: 'clients.save', saving: 'clients.saving', cancel: 'clients.cancel' },
  intake: { fixErrors: 'intake.fixErrors', save: 'intake.submit', saving: 'intake.saving', cancel: 'intake.cancel' },
} as const;

/**
 * The end of a client form (intake, edit): why it did not save — a sentence when fields have
 * errors, the backend's error when none of it could be placed on a field — and its buttons.
 */
export function ClientFormActions<T extends FieldValues>({
  formState,
  failure,
  texts,
  onCancel,
}: {
  formState: FormState<T>;
  failure: AppErrorShape | null;
  texts: keyof typeof TEXTS;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const words = TEXTS[texts];
  const invalid = Object.keys(formState.errors).length > 0 && formState.isSubmitted;
  return (
    <>
      <FormProblems invalid={invalid} message={t(words.fixErrors)} error={failure} className="error-message" />
      <SaveCancelActions
        className="actions form-actions"
        saving={formState.isSubmitting}
        saveLabel={t(words.save)}
        savingLabel={t(words.saving)}
        cancelLabel={t(words.cancel)}
        onCancel={onCancel}
      />
    </>
  );
}
