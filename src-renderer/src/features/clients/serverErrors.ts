import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppErrorShape } from '@shared/errors';
import { parseValidationDetail } from '@shared/validation-details';

/**
 * Puts the backend's VALIDATION details (`path:code`) on the form's fields. Our field names are
 * the schema's paths, so `prefix` is all that differs (e.g. `client.` for intake's nested form).
 * Returns how many details found a field; the caller shows a form-level message for the rest.
 */
export function applyServerErrors<T extends FieldValues>(
  error: AppErrorShape,
  setError: UseFormSetError<T>,
  prefix = '',
): number {
  if (error.code !== 'VALIDATION') return 0;
  let placed = 0;
  for (const detail of error.details ?? []) {
    const { path, code } = parseValidationDetail(detail);
    if (path === '(input)') continue;
    setError(`${prefix}${path}` as Path<T>, { type: 'server', message: code }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return placed;
}
