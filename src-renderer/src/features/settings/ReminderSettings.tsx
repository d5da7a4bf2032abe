import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import type { AppErrorShape } from '../../../../src-main/shared/errors';
import type { Settings } from '../../../../src-main/shared/schemas/vault';

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
      <InternalDaysSetting settings={settings} onSaved={onSaved} />
      <ErrorMessage error={error} />
      <p className="status-message" role="status">
        {saved ? t('settings.saved') : ''}
      </p>
    </section>
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
