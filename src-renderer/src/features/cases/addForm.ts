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
): Promise<{ ok: true; value: R } | { ok: false; error: AppErrorShape }> {
  const result = await call;
  if (result.ok) return { ok: true, value: result.value };
  applyServerErrors(result.error, setError, { fieldOf: (path) => fields.find((f) => f === path) });
  return { ok: false, error: result.error };
}

/** A record being corrected: its id and version, and the form's values to start from. */
export interface Editing<V> {
  id: string;
  version: number;
  values: V;
}

/** What an add-or-edit form reports: the record's id and its version after the save. */
export interface Saved {
  id: string;
  version: number;
}

/** What a form that adds a record to a case, or corrects one of its records, is given. */
export interface EntryFormProps<V> {
  caseId: string;
  /** Correcting an existing record instead of adding one. */
  editing?: Editing<V> | undefined;
  onAdded: (saved: Saved) => Promise<void>;
  onCancel: () => void;
}

/** The add channel's input without the case: what its update channel takes besides id and version. */
export function withoutCase<T extends { caseId?: string | undefined }>(value: T): Omit<T, 'caseId'> {
  const { caseId: _caseId, ...rest } = value;
  void _caseId;
  return rest;
}
