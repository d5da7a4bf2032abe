import { settingsPanel } from './settingsPanel';
import { ToggleSetting } from './ToggleSetting';

/** Settings → Privacy screen: hide the content whenever the window loses focus. Saved at once. */
export const PrivacySettings = settingsPanel(ToggleSetting)((t) => ({
  field: 'privacyScreen',
  headingId: 'settings-privacy',
  title: t('privacy.settingsTitle'),
  intro: t('privacy.settingsIntro'),
  label: t('privacy.hideOnFocusLoss'),
  hint: t('privacy.shortcutHint'),
}));
