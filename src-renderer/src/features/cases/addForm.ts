import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { applyServerErrors } from '../../components/serverErrors';

/**
 * What every add form does with the backend's answer: success → the caller resets and
 * reloads; VALIDATION → each `path:code` detail goes to the field of the same name (form
 * fields are named after the channel's fields); anything else → shown as a form-level error.
 */
export async function submitEntry<T extends FieldValues, R>(
  call: Promise<Envelope<R>>,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): Promise<{ ok: true } | { ok: false; error: AppErrorShape }> {
  const result = await call;
  if (result.ok) return { ok: true };
  applyServerErrors(result.error, setError, { fieldOf: (path) => fields.find((f) => f === path) });
  return { ok: false, error: result.error };
}
