import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { NewPassphraseFields } from './NewPassphraseFields';
import { useNewPassphrase } from './useNewPassphrase';
import { SubmitActions } from '../../components/BusyNote';

interface CreateVaultFormProps {
  onCreated: (recoveryKey: string) => void;
}

export function CreateVaultForm({ onCreated }: CreateVaultFormProps) {
  const { t } = useTranslation();
  const passphrase = useNewPassphrase();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    await passphrase.store(
      (next) => invoke('vault:create', { passphrase: next }),
      (value) => onCreated(value.recoveryKey),
    );
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={passphrase.busy}>
      <NewPassphraseFields
        label={t('create.passphrase')}
        hint={t('create.passphraseHint')}
        confirmLabel={t('create.confirm')}
        {...passphrase.fields}
        autoFocus
      />
      <SubmitActions label={t('create.submit')} busy={passphrase.busy} busyText={t('create.busy')} />
    </form>
  );
}
