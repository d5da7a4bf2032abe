import { useTranslation } from 'react-i18next';
import { ToggleSetting } from './ToggleSetting';
import type { SettingsPanelProps } from './useSettingsSave';

/** Settings → Privacy screen: hide the content whenever the window loses focus. Saved at once. */
export function PrivacySettings(props: SettingsPanelProps) {
  const { t } = useTranslation();
  return (
    <ToggleSetting
      {...props}
      field="privacyScreen"
      headingId="settings-privacy"
      title={t('privacy.settingsTitle')}
      intro={t('privacy.settingsIntro')}
      label={t('privacy.hideOnFocusLoss')}
      hint={t('privacy.shortcutHint')}
    />
  );
}
