import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextInput } from '../../components/TextInput';
import type { AppErrorShape } from '@shared/errors';
import type { SettingsView as Settings } from '@shared/schemas/vault';
import { DueForDeletion } from './DueForDeletion';

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

/** Settings → Retention: the lawyer's own period (shown as their choice), and what is now due. */
export function RetentionSettings({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  const [years, setYears] = useState(String(settings.retentionYears));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  // A new period changes what is due: the save invalidates the list below.
  const update = useInvokeMutation('settings:update');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const value = Number(years.trim());
    if (!/^\d+$/.test(years.trim()) || value < 1 || value > 100) return setFieldError(t('retention.invalid'));
    setFieldError(null);
    const result = await update({ retentionYears: value });
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
    setSaved(true);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-retention">
      <h2 id="settings-retention">{t('retention.title')}</h2>
      <p className="field-hint">{t('retention.intro')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          label={t('retention.years')}
          hint={t('retention.yearsHint')}
          error={fieldError}
          value={years}
          onValueChange={setYears}
          inputMode="numeric"
          className="input-short"
          maxLength={3}
        />
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" className="button">
            {t('retention.save')}
          </button>
        </div>
        <p className="status-message" role="status">
          {saved ? t('settings.saved') : ''}
        </p>
      </form>
      <DueForDeletion />
    </section>
  );
}
