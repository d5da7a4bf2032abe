import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { SubmitActions } from '../../components/BusyNote';

interface CreateVaultFormProps {
  onCreated: (recoveryKey: string) => void;
}

export function CreateVaultForm({ onCreated }: CreateVaultFormProps) {
  const { t } = useTranslation();
  const passphrase = useNewPassphrase();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (!passphrase.check()) return;
    setBusy(true);
    try {
      // Refuse weak passphrases here with reasons, before the slow key derivation runs.
      const weak = await passphrase.weakness();
      if (weak) return setError(weak);
      const result = await invoke('vault:create', { passphrase: passphrase.next });
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
        {...passphrase.fields}
        autoFocus
      />
      <ErrorMessage error={error} />
      <SubmitActions label={t('create.submit')} busy={busy} busyText={t('create.busy')} />
    </form>
  );
}
