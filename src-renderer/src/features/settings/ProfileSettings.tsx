import { useTranslation } from 'react-i18next';
import { TextSetting } from './TextSetting';
import type { SettingsPanelProps } from './useSettingsSave';

const NAME_MAX = 200;

export function ProfileSettings({ settings, onSaved }: SettingsPanelProps) {
  const { t } = useTranslation();
  return (
    <TextSetting
      settings={settings}
      onSaved={onSaved}
      headingId="settings-profile"
      title={t('settings.profileTitle')}
      show={(value) => value.lawyerName}
      parse={(text) => {
        const lawyerName = text.trim();
        return lawyerName.length > NAME_MAX ? { error: t('settings.lawyerNameTooLong') } : { patch: { lawyerName } };
      }}
      input={{
        label: t('settings.lawyerName'),
        hint: t('settings.lawyerNameHint'),
        autoComplete: 'name',
        maxLength: NAME_MAX,
      }}
      submitLabel={t('settings.saveName')}
    />
  );
}
