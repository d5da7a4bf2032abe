import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import type { Settings } from '@shared/schemas/vault';

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

/**
 * Desktop reminders are seen by whoever stands near the screen, so they never name a client;
 * the one opt-in adds the court file number. Saved as soon as the box is ticked.
 */
export function ReminderSettings({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  // The value being saved, shown at once so the box does not lag behind the click.
  const [pending, setPending] = useState<boolean | null>(null);

  const toggle = async (value: boolean): Promise<void> => {
    setPending(value);
    setSaved(false);
    setError(null);
    const result = await invoke('settings:update', { reminderShowsCaseNumber: value });
    setPending(null);
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
    setSaved(true);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-reminders">
      <h2 id="settings-reminders">{t('deadlines.reminders.title')}</h2>
      <p className="field-hint">{t('deadlines.reminders.intro')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={pending ?? settings.reminderShowsCaseNumber}
          disabled={pending !== null}
          onChange={(event) => void toggle(event.target.checked)}
        />
        {t('deadlines.reminders.showCaseNumber')}
      </label>
      <p className="field-hint">{t('deadlines.reminders.showCaseNumberHint')}</p>
      <ErrorMessage error={error} />
      <p className="status-message" role="status">
        {saved ? t('settings.saved') : ''}
      </p>
    </section>
  );
}
