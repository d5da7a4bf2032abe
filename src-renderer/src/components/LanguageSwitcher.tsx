import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { currentLanguage, setUiLanguage } from '../i18n';
import { LANGUAGES, type Language } from '@shared/schemas/vault';

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
    <div className="language-switcher" role="group" aria-label={t('language.switcherLabel')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button-quiet"
          aria-pressed={active === language}
          onClick={() => void choose(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
