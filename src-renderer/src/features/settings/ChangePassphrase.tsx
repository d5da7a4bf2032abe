import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { PassphraseInput } from '../../components/PassphraseInput';
import { SettingsSection } from '../../components/SettingsSection';
import { StatusNote } from '../../components/StatusNote';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import { useNewPassphrase } from '../vault/useNewPassphrase';
import { SubmitActions } from '../../components/BusyNote';

export function ChangePassphrase() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | undefined>(undefined);
  const passphrase = useNewPassphrase();
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setDone(false);
    setCurrentError(current === '' ? t('passphrase.empty') : undefined);
    // Both fields are checked, so every field that needs fixing says so at once.
    await passphrase.store(
      (next) => invoke('vault:changePassphrase', { current, next }),
      () => {
        setCurrent('');
        setDone(true);
      },
      { current, blocked: current === '' },
    );
  };

  return (
    <SettingsSection headingId="settings-passphrase" title={t('settings.passphraseTitle')}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={passphrase.busy}>
        <PassphraseInput
          label={t('settings.currentPassphrase')}
          error={currentError}
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <NewPassphraseFields
          label={t('settings.newPassphrase')}
          confirmLabel={t('settings.confirmPassphrase')}
          {...passphrase.fields}
        />
        <SubmitActions
          label={t('settings.changePassphrase')}
          busy={passphrase.busy}
          busyText={t('settings.changeBusy')}
        />
        <StatusNote success>{done ? t('settings.passphraseChanged') : ''}</StatusNote>
      </form>
    </SettingsSection>
  );
}
