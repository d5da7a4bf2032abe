import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseInput } from '../../components/PassphraseInput';
import type { AppErrorShape } from '@shared/errors';
import { isTooWeak, NewPassphraseFields } from '../vault/NewPassphraseFields';
import { usePassphraseRating } from '../vault/usePassphraseRating';
import { SubmitActions } from '../../components/BusyNote';

interface FieldErrors {
  current?: string;
  next?: string;
  confirm?: string;
}

export function ChangePassphrase() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const strength = usePassphraseRating(next);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setDone(false);
    const errors: FieldErrors = {};
    if (current === '') errors.current = t('passphrase.empty');
    if (next === '') errors.next = t('passphrase.empty');
    else if (next === current) errors.next = t('settings.samePassphrase');
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
      const result = await invoke('vault:changePassphrase', { current, next });
      if (!result.ok) return setError(result.error);
      // Secrets do not linger in React state once they have done their job.
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="settings-passphrase">
      <h2 id="settings-passphrase">{t('settings.passphraseTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <PassphraseInput
          label={t('settings.currentPassphrase')}
          error={fieldErrors.current}
          value={current}
          onValueChange={setCurrent}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          label={t('settings.newPassphrase')}
          confirmLabel={t('settings.confirmPassphrase')}
          value={next}
          onValueChange={setNext}
          confirm={confirm}
          onConfirmChange={setConfirm}
          error={fieldErrors.next}
          confirmError={fieldErrors.confirm}
          strength={strength}
        />
        <ErrorMessage error={error} />
        <SubmitActions label={t('settings.changePassphrase')} busy={busy} busyText={t('settings.changeBusy')} />
        <p className="status-message success" role="status">
          {done ? t('settings.passphraseChanged') : ''}
        </p>
      </form>
    </section>
  );
}
