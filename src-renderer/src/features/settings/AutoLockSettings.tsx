import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextInput } from '../../components/TextInput';
import type { AppErrorShape } from '@shared/errors';
import {
  AUTO_LOCK_MAX,
  AUTO_LOCK_MIN,
  autoLockMinutesSchema,
  type SettingsView as Settings,
} from '@shared/schemas/vault';

interface AutoLockSettingsProps {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

export function AutoLockSettings({ settings, onSaved }: AutoLockSettingsProps) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const range = { min: String(AUTO_LOCK_MIN), max: String(AUTO_LOCK_MAX) };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    setFieldError(null);
    // Number('') is 0 and Number('1e1') is 10: only plain digits count as a whole number here.
    const parsed = /^\d+$/.test(minutes.trim()) ? autoLockMinutesSchema.safeParse(Number(minutes.trim())) : null;
    if (!parsed?.success) return setFieldError(t('settings.autoLockInvalid', range));
    const result = await invoke('settings:update', { autoLockMinutes: parsed.data });
    if (!result.ok) return setError(result.error);
    setMinutes(String(result.value.autoLockMinutes));
    onSaved(result.value);
    setSaved(true);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-autolock">
      <h2 id="settings-autolock">{t('settings.autoLockTitle')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          type="number"
          inputMode="numeric"
          min={AUTO_LOCK_MIN}
          max={AUTO_LOCK_MAX}
          step={1}
          label={t('settings.autoLockMinutes')}
          hint={t('settings.autoLockHint', range)}
          error={fieldError}
          value={minutes}
          onValueChange={(value) => {
            setMinutes(value);
            setSaved(false);
          }}
          className="input-short"
        />
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" className="button button-primary">
            {t('settings.saveAutoLock')}
          </button>
          <p className="status-message" role="status">
            {saved ? t('settings.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
