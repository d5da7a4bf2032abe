import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import { isTooWeak, NewPassphraseFields } from './NewPassphraseFields';
import { usePassphraseRating } from './usePassphraseRating';
import { BusyNote } from '../../components/BusyNote';

interface ResetPassphraseStepProps {
  /** The recovery key the vault was just opened with: the proof `vault:resetPassphrase` needs. */
  recoveryKey: string;
  /** The new passphrase is stored; the caller drops the recovery key now. */
  onReset: () => void;
  /** The lawyer chose "Later"; the caller drops the recovery key now. */
  onSkip: () => void;
}

interface FieldErrors {
  next?: string;
  confirm?: string;
}

/**
 * Shown right after a recovery-key unlock: someone who needed the recovery key has most likely
 * forgotten the passphrase, and without a new one every start would need the key again.
 */
export function ResetPassphraseStep({ recoveryKey, onReset, onSkip }: ResetPassphraseStepProps) {
  const { t } = useTranslation();
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = usePassphraseRating(next);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    const errors: FieldErrors = {};
    if (next === '') errors.next = t('passphrase.empty');
    else if (confirm !== next) errors.confirm = t('passphrase.mismatch');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      if (await isTooWeak(strength, next)) {
        // No details: the strength meter right above already lists the reasons.
        setError({ code: 'WEAK_PASSPHRASE', message: 'weak' });
        return;
      }
      const result = await invoke('vault:resetPassphrase', { recoveryKey, next });
      if (!result.ok) return setError(result.error);
      setNext('');
      setConfirm('');
      onReset();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="reset-title">
      <h1 id="reset-title" className="page-title">
        {t('reset.title')}
      </h1>
      <p className="lead">{t('reset.intro')}</p>
      <div className="notice">
        <p>
          <strong>{t('reset.whyTitle')}</strong> {t('reset.why')}
        </p>
      </div>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <NewPassphraseFields
          label={t('reset.newPassphrase')}
          hint={t('reset.newPassphraseHint')}
          confirmLabel={t('reset.confirm')}
          value={next}
          onValueChange={setNext}
          confirm={confirm}
          onConfirmChange={setConfirm}
          error={fieldErrors.next}
          confirmError={fieldErrors.confirm}
          strength={strength}
          autoFocus
          readOnly={busy}
        />
        <ErrorMessage error={error} overrides={{ WRONG_PASSPHRASE: 'errors.wrongRecoveryKey' }} />
        <div className="actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {t('reset.submit')}
          </button>
          <button type="button" className="button" onClick={onSkip} disabled={busy}>
            {t('reset.later')}
          </button>
        </div>
        <p className="field-hint">{t('reset.laterHint')}</p>
        {busy ? <BusyNote>{t('reset.busy')}</BusyNote> : null}
      </form>
    </section>
  );
}
