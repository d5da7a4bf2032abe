import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SaveCancelActions } from '../../components/SaveCancelActions';
import type { AppErrorShape, Envelope } from '@shared/errors';

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
  const { t } = useTranslation();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const r = await Promise.resolve(save()).finally(() => setSaving(false));
    if (r === null) return;
    if (r.ok) onSaved(r.value);
    else setError(r.error);
  };
  return (
    <form className="case-form" noValidate aria-label={label} onSubmit={(e) => void submit(e)}>
      <div className="case-form-grid">{children}</div>
      <ErrorMessage error={error} />
      <SaveCancelActions
        className="form-actions"
        saving={saving}
        saveLabel={t('casework.save')}
        savingLabel={t('casework.saving')}
        cancelLabel={t('casework.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
