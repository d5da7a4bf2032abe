import type { AppErrorShape } from '@shared/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SaveCancelActions } from '../../components/SaveCancelActions';

/**
 * The end of a client form (intake, edit): why it did not save — a sentence when fields have
 * errors, the backend's error when none of it could be placed on a field — and its buttons.
 */
export function ClientFormActions({
  invalid,
  fixErrors,
  failure,
  ...buttons
}: {
  invalid: boolean;
  fixErrors: string;
  failure: AppErrorShape | null;
  saving: boolean;
  saveLabel: string;
  savingLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <>
      {invalid ? (
        <p className="error-message" role="alert">
          {fixErrors}
        </p>
      ) : null}
      <ErrorMessage error={failure} />
      <SaveCancelActions className="actions form-actions" {...buttons} />
    </>
  );
}
