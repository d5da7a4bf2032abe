import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { Field } from '../../components/Field';
import { SettingsSection } from '../../components/SettingsSection';
import { Outcome } from '../../components/StatusNote';
import { currentLanguage, setUiLanguage } from '../../i18n';
import type { AppErrorShape } from '@shared/errors';
import { LANGUAGES, languageSchema } from '@shared/schemas/vault';

export function LanguageSettings() {
  const { t } = useTranslation();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  const change = async (value: string): Promise<void> => {
    const parsed = languageSchema.safeParse(value);
    if (!parsed.success) return;
    setError(null);
    setSaved(false);
    const result = await invoke('vault:setLanguage', { language: parsed.data });
    if (!result.ok) return setError(result.error);
    // Switch only after the backend stored it, so what you see is what the next launch shows.
    await setUiLanguage(parsed.data);
    setSaved(true);
  };

  return (
    <SettingsSection headingId="settings-language" title={t('settings.languageTitle')}>
      <Field label={t('settings.languageLabel')}>
        {(control) => (
          // First field on the page, so it takes focus when Settings opens.
          <select
            {...control}
            autoFocus
            className="input input-short"
            value={currentLanguage()}
            onChange={(event) => void change(event.target.value)}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Outcome error={error}>{saved ? t('settings.languageSaved') : ''}</Outcome>
    </SettingsSection>
  );
}
