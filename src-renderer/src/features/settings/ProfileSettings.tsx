import { settingsPanel } from './settingsPanel';
import { TextSetting } from './TextSetting';

const NAME_MAX = 200;

export const ProfileSettings = settingsPanel(TextSetting)((t) => ({
  headingId: 'settings-profile',
  title: t('settings.profileTitle'),
  show: (value) => value.lawyerName,
  parse: (text) => {
    const lawyerName = text.trim();
    return lawyerName.length > NAME_MAX ? { error: t('settings.lawyerNameTooLong') } : { patch: { lawyerName } };
  },
  input: {
    label: t('settings.lawyerName'),
    hint: t('settings.lawyerNameHint'),
    autoComplete: 'name',
    maxLength: NAME_MAX,
  },
  submitLabel: t('settings.saveName'),
}));
