import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppErrorShape } from '@shared/errors';
import { parseValidationDetail } from '@shared/validation-details';

interface Placement<T extends FieldValues> {
  /** The form field showing a backend path (`durationMinutes`, `client.givenName`); none → unplaced. */
  fieldOf?: (path: string) => Path<T> | undefined;
  /** The field's message for a code; by default the code itself, which the field translates. */
  message?: (code: string) => string;
}

/**
 * The one mapping from a VALIDATION answer's details (`path:code`) to react-hook-form fields.
 * By default a field is named after the backend path (`(input)`, the whole input, has none).
 * The first placed error takes focus. Returns how many found a field and the codes that did not,
 * for the form's own summary; an answer other than VALIDATION places nothing.
 */
export function applyServerErrors<T extends FieldValues>(
  error: AppErrorShape,
  setError: UseFormSetError<T>,
  {
    fieldOf = (path) => (path === '(input)' ? undefined : (path as Path<T>)),
    message = (code) => code,
  }: Placement<T> = {},
): { placed: number; unplaced: string[] } {
  const details = (error.details ?? []).map(parseValidationDetail);
  if (error.code !== 'VALIDATION') return { placed: 0, unplaced: details.map((d) => d.code) };
  let placed = 0;
  const unplaced: string[] = [];
  for (const { path, code } of details) {
    const field = fieldOf(path);
    if (!field) {
      unplaced.push(code);
      continue;
    }
    setError(field, { type: 'server', message: message(code) }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return { placed, unplaced };
}
