import { useState, type FormEvent, type ReactNode } from 'react';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { FormEnd } from './FormEnd';

interface Props<T> {
  /** The form's accessible name. */
  label: string;
  /** The call that saves; null (or a promise of null) when the form found a mistake itself and shows it. */
  save: () => Promise<Envelope<T> | null> | null;
  onSaved: (value: T) => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The small inline form every correctable record of a case uses: its fields in the two-column
 * grid, then the backend's error (if the save failed) and Save / Cancel.
 */
export function CaseForm<T>({ label, save, onSaved, onCancel, children }: Props<T>) {
  const [error, setError] = useState<AppErrorShape | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await save();
    if (r === null) return;
    if (r.ok) onSaved(r.value);
    else setError(r.error);
  };
  return (
    <form className="case-form" noValidate aria-label={label} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">{children}</div>
      <FormEnd error={error} onCancel={onCancel} />
    </form>
  );
}
