import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { currentLanguage, setUiLanguage } from '../i18n';
import { LANGUAGES, type Language } from '@shared/schemas/vault';
import { ChoiceButtons } from './ChoiceButtons';

/**
 * Shown before the vault is open (first run, unlock), when the Settings page is out of reach.
 * Each language is named in itself, so someone who cannot read the current one still finds theirs.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const active = currentLanguage();
  const choose = async (language: Language): Promise<void> => {
    await setUiLanguage(language);
    // Best effort: the screen has already switched; the backend remembers it for next launch.
    await invoke('vault:setLanguage', { language });
  };
  return (
    <ChoiceButtons
      label={t('language.switcherLabel')}
      className="language-switcher"
      buttonClassName="button button-quiet"
      options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`), lang: language }))}
      value={active}
      onChange={(language) => void choose(language)}
    />
  );
}
