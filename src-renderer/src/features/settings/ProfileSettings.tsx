import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextInput } from '../../components/TextInput';
import type { AppErrorShape } from '@shared/errors';
import type { SettingsView as Settings } from '@shared/schemas/vault';

const NAME_MAX = 200;

interface ProfileSettingsProps {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

export function ProfileSettings({ settings, onSaved }: ProfileSettingsProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(settings.lawyerName);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    setFieldError(null);
    const lawyerName = name.trim();
    if (lawyerName.length > NAME_MAX) return setFieldError(t('settings.lawyerNameTooLong'));
    const result = await invoke('settings:update', { lawyerName });
    if (!result.ok) return setError(result.error);
    setName(result.value.lawyerName);
    onSaved(result.value);
    setSaved(true);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-profile">
      <h2 id="settings-profile">{t('settings.profileTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          label={t('settings.lawyerName')}
          hint={t('settings.lawyerNameHint')}
          error={fieldError}
          value={name}
          onValueChange={(value) => {
            setName(value);
            setSaved(false);
          }}
          autoComplete="name"
          maxLength={NAME_MAX}
        />
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" className="button button-primary">
            {t('settings.saveName')}
          </button>
          <p className="status-message" role="status">
            {saved ? t('settings.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
