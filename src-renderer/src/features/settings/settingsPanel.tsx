import type { TFunction } from 'i18next';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPanelProps } from './useSettingsSave';

/**
 * A settings panel that is one kind of section (TextSetting, ToggleSetting): described once, in
 * the UI's words, and given the Settings page's props by the panel this returns.
 */
export function settingsPanel<P extends SettingsPanelProps>(Section: ComponentType<P>) {
  // Two calls, so that P is known before `describe` is read and its literals keep their types.
  return (describe: (t: TFunction, panel: SettingsPanelProps) => Omit<P, keyof SettingsPanelProps>) =>
    function SettingsPanel(panel: SettingsPanelProps) {
      const { t } = useTranslation();
      // P is the panel's props plus what describe gives; TypeScript cannot see the spread is exactly P.
      const props = { ...panel, ...describe(t, panel) } as P;
      return <Section {...props} />;
    };
}
