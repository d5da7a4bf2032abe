import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_MAX, AUTO_LOCK_MIN, autoLockMinutesSchema } from '@shared/schemas/vault';
import { TextSetting } from './TextSetting';
import type { SettingsPanelProps } from './useSettingsSave';

export function AutoLockSettings({ settings, onSaved }: SettingsPanelProps) {
  const { t } = useTranslation();
  const range = { min: String(AUTO_LOCK_MIN), max: String(AUTO_LOCK_MAX) };
  return (
    <TextSetting
      settings={settings}
      onSaved={onSaved}
      headingId="settings-autolock"
      title={t('settings.autoLockTitle')}
      show={(value) => String(value.autoLockMinutes)}
      parse={(text) => {
        // Number('') is 0 and Number('1e1') is 10: only plain digits count as a whole number here.
        const parsed = /^\d+$/.test(text.trim()) ? autoLockMinutesSchema.safeParse(Number(text.trim())) : null;
        return parsed?.success
          ? { patch: { autoLockMinutes: parsed.data } }
          : { error: t('settings.autoLockInvalid', range) };
      }}
      input={{
        type: 'number',
        inputMode: 'numeric',
        min: AUTO_LOCK_MIN,
        max: AUTO_LOCK_MAX,
        step: 1,
        label: t('settings.autoLockMinutes'),
        hint: t('settings.autoLockHint', range),
        className: 'input input-short',
      }}
      submitLabel={t('settings.saveAutoLock')}
    />
  );
}
