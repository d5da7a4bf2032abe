import { settingsPanel } from '../settings/settingsPanel';
import { TextSetting } from '../settings/TextSetting';
import { DueForDeletion } from './DueForDeletion';

/** Settings → Retention: the lawyer's own period (shown as their choice), and what is now due. */
export const RetentionSettings = settingsPanel(TextSetting)((t) => ({
  headingId: 'settings-retention',
  title: t('retention.title'),
  intro: t('retention.intro'),
  show: (value) => String(value.retentionYears),
  parse: (text) => {
    const value = Number(text.trim());
    return !/^\d+$/.test(text.trim()) || value < 1 || value > 100
      ? { error: t('retention.invalid') }
      : { patch: { retentionYears: value } };
  },
  input: {
    label: t('retention.years'),
    hint: t('retention.yearsHint'),
    inputMode: 'numeric',
    className: 'input input-short',
    maxLength: 3,
  },
  submitLabel: t('retention.save'),
  secondary: true,
  // A new period changes what is due: the save (settings:update) invalidates the list below.
  children: <DueForDeletion />,
}));
