import { useTranslation } from 'react-i18next';
import type { SettingsView as Settings } from '../../../../src-main/shared/schemas/vault';
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
    />
  );
}
