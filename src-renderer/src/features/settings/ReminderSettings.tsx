import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ValueTextField } from '../../components/ValueFields';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SavedNote } from '../../components/StatusNote';
import { settingsPanel } from './settingsPanel';
import { ToggleSetting } from './ToggleSetting';
import { useSettingsSave, type SettingsPanelProps } from './useSettingsSave';

/**
 * Desktop reminders are seen by whoever stands near the screen, so they never name a client;
 * the one opt-in adds the court file number. Saved as soon as the box is ticked. Below it, the
 * default internal deadline.
 */
export const ReminderSettings = settingsPanel(ToggleSetting)((t, panel) => ({
  field: 'reminderShowsCaseNumber',
  headingId: 'settings-reminders',
  title: t('deadlines.reminders.title'),
  intro: t('deadlines.reminders.intro'),
  label: t('deadlines.reminders.showCaseNumber'),
  hint: t('deadlines.reminders.showCaseNumberHint'),
  children: <InternalDaysSetting {...panel} />,
}));

/** The default internal deadline ("iç süre"): working days before each legal last day, 0–30. */
function InternalDaysSetting({ settings, onSaved }: SettingsPanelProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(settings.internalDeadlineWorkingDays));
  const [invalid, setInvalid] = useState(false);
  const saving = useSettingsSave(onSaved);
  const save = async (): Promise<void> => {
    const value = /^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
    saving.reset();
    setInvalid(!(value >= 0 && value <= 30));
    if (value >= 0 && value <= 30) await saving.save({ internalDeadlineWorkingDays: value });
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
      <ValueTextField
        label={t('deadlines.reminders.internalDays')}
        hint={t('deadlines.reminders.internalDaysHint')}
        error={invalid ? t('deadlines.errors.internalDays') : undefined}
        className="input input-tiny"
        inputMode="numeric"
        value={text}
        onChange={setText}
      />
      <button type="submit" className="button button-small">
        {t('deadlines.reminders.internalDaysSave')}
      </button>
      <ErrorMessage error={saving.error} />
      <SavedNote saved={saving.saved} />
    </form>
  );
}
