import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, autoLockMinutesSchema } from '@shared/schemas/vault';
import { settingsPanel } from './settingsPanel';
import { TextSetting } from './TextSetting';

const range = { min: String(AUTO_LOCK_MIN), max: String(AUTO_LOCK_MAX) };

export const AutoLockSettings = settingsPanel(TextSetting)((t) => ({
  headingId: 'settings-autolock',
  title: t('settings.autoLockTitle'),
  show: (value) => String(value.autoLockMinutes),
  parse: (text) => {
    // Number('') is 0 and Number('1e1') is 10: only plain digits count as a whole number here.
    const parsed = /^\d+$/.test(text.trim()) ? autoLockMinutesSchema.safeParse(Number(text.trim())) : null;
    return parsed?.success
      ? { patch: { autoLockMinutes: parsed.data } }
      : { error: t('settings.autoLockInvalid', range) };
  },
  input: {
    type: 'number',
    inputMode: 'numeric',
    min: AUTO_LOCK_MIN,
    max: AUTO_LOCK_MAX,
    step: 1,
    label: t('settings.autoLockMinutes'),
    hint: t('settings.autoLockHint', range),
    className: 'input input-short',
  },
  submitLabel: t('settings.saveAutoLock'),
}));
