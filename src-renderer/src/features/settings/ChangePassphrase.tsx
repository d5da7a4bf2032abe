import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseInput } from '../../components/PassphraseInput';
import type { AppErrorShape } from '@shared/errors';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import { useNewPassphrase } from '../vault/useNewPassphrase';
import { SubmitActions } from '../../components/BusyNote';

export function ChangePassphrase() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | undefined>(undefined);
  const passphrase = useNewPassphrase();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setDone(false);
    setCurrentError(current === '' ? t('passphrase.empty') : undefined);
    // Both checks run, so every field that needs fixing says so at once.
    const newOk = passphrase.check(current);
    if (current === '' || !newOk) return;
    setBusy(true);
    try {
      const weak = await passphrase.weakness();
      if (weak) return setError(weak);
      const result = await invoke('vault:changePassphrase', { current, next: passphrase.next });
      if (!result.ok) return setError(result.error);
      // Secrets do not linger in React state once they have done their job.
      setCurrent('');
      passphrase.clear();
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
          error={currentError}
          value={current}
          onValueChange={setCurrent}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          label={t('settings.newPassphrase')}
          confirmLabel={t('settings.confirmPassphrase')}
          {...passphrase.fields}
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
