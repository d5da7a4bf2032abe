import type { AppErrorShape } from '@shared/errors';
import { FormProblems } from '../../components/FormProblems';
import { SaveCancelActions, type SaveCancelProps } from '../../components/SaveCancelActions';

/**
 * The end of a client form (intake, edit): why it did not save — a sentence when fields have
 * errors, the backend's error when none of it could be placed on a field — and its buttons.
 */
export function ClientFormActions({
  invalid,
  fixErrors,
  failure,
  ...buttons
}: { invalid: boolean; fixErrors: string; failure: AppErrorShape | null } & Omit<SaveCancelProps, 'className'>) {
  return (
    <>
      <FormProblems invalid={invalid} message={fixErrors} error={failure} className="error-message" />
      <SaveCancelActions className="actions form-actions" {...buttons} />
    </>
  );
}
