import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import type { AppErrorShape } from '@shared/errors';
import type { SettingsView as Settings } from '@shared/schemas/vault';
import { ToggleSetting } from './ToggleSetting';

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
  return (
    <ToggleSetting
      settings={settings}
      onSaved={onSaved}
      field="reminderShowsCaseNumber"
      headingId="settings-reminders"
      title={t('deadlines.reminders.title')}
      intro={t('deadlines.reminders.intro')}
      label={t('deadlines.reminders.showCaseNumber')}
      hint={t('deadlines.reminders.showCaseNumberHint')}
    >
      <InternalDaysSetting settings={settings} onSaved={onSaved} />
    </ToggleSetting>
  );
}

/** The default internal deadline ("iç süre"): working days before each legal last day, 0–30. */
function InternalDaysSetting({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(settings.internalDeadlineWorkingDays));
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async (): Promise<void> => {
    const value = /^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
    setSaved(false);
    setError(null);
    setInvalid(!(value >= 0 && value <= 30));
    if (!(value >= 0 && value <= 30)) return;
    const result = await invoke('settings:update', { internalDeadlineWorkingDays: value });
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
    setSaved(true);
  };
  return (
    <form
      className="form-row"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field
        label={t('deadlines.reminders.internalDays')}
        hint={t('deadlines.reminders.internalDaysHint')}
        error={invalid ? t('deadlines.errors.internalDays') : undefined}
      >
        {(control) => (
          <input
            {...control}
            className="input input-tiny"
            inputMode="numeric"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button-small">
        {t('deadlines.reminders.internalDaysSave')}
      </button>
      <ErrorMessage error={error} />
      <p className="status-message" role="status">
        {saved ? t('settings.saved') : ''}
      </p>
    </form>
  );
}
