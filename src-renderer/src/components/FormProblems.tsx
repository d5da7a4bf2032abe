import type { AppErrorShape } from '@shared/errors';
import { ErrorMessage } from './ErrorMessage';

/**
 * Why a form did not save: a sentence when fields have errors (the errors themselves are on the
 * fields), then the backend's error — leaving out a VALIDATION error when `validationOnFields`
 * says the form has already placed its details on the fields.
 */
export function FormProblems({
  invalid,
  message,
  error,
  className = 'field-error',
  validationOnFields = false,
}: {
  invalid: boolean;
  message: string;
  error: AppErrorShape | null;
  className?: string;
  validationOnFields?: boolean;
}) {
  return (
    <>
      {invalid ? (
        <p className={className} role="alert">
          {message}
        </p>
      ) : null}
      <ErrorMessage error={validationOnFields && error?.code === 'VALIDATION' ? null : error} />
    </>
  );
}
