import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import { isTooWeak, NewPassphraseFields } from './NewPassphraseFields';
import { usePassphraseRating } from './usePassphraseRating';
import { SubmitActions } from '../../components/BusyNote';

interface CreateVaultFormProps {
  onCreated: (recoveryKey: string) => void;
}

export function CreateVaultForm({ onCreated }: CreateVaultFormProps) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = usePassphraseRating(passphrase);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setPassphraseError(null);
    setConfirmError(null);
    if (passphrase === '') return setPassphraseError(t('passphrase.empty'));
    if (confirm !== passphrase) return setConfirmError(t('passphrase.mismatch'));
    setBusy(true);
    try {
      // Refuse weak passphrases here with reasons, before the slow key derivation runs.
      if (await isTooWeak(strength, passphrase)) {
        // No details: the strength meter right above already lists the reasons.
        setError({ code: 'WEAK_PASSPHRASE', message: 'weak' });
        return;
      }
      const result = await invoke('vault:create', { passphrase });
      if (!result.ok) return setError(result.error);
      onCreated(result.value.recoveryKey);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <NewPassphraseFields
        label={t('create.passphrase')}
        hint={t('create.passphraseHint')}
        confirmLabel={t('create.confirm')}
        value={passphrase}
        onValueChange={setPassphrase}
        confirm={confirm}
        onConfirmChange={setConfirm}
        error={passphraseError}
        confirmError={confirmError}
        strength={strength}
        autoFocus
      />
      <ErrorMessage error={error} />
      <SubmitActions label={t('create.submit')} busy={busy} busyText={t('create.busy')} />
    </form>
  );
}
