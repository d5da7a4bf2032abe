import { useTranslation } from 'react-i18next';
import type { SettingsView as Settings } from '@shared/schemas/vault';
import { ToggleSetting } from './ToggleSetting';

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

/** Settings → Privacy screen: hide the content whenever the window loses focus. Saved at once. */
export function PrivacySettings({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <ToggleSetting
      settings={settings}
      onSaved={onSaved}
      field="privacyScreen"
      headingId="settings-privacy"
      title={t('privacy.settingsTitle')}
      intro={t('privacy.settingsIntro')}
      label={t('privacy.hideOnFocusLoss')}
      hint={t('privacy.shortcutHint')}
    />
  );
}
