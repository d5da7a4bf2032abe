import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/schemas/vault';
import { resources } from './resources';

/**
 * Starts in Turkish (the backend's default) so the first paint is never a bare key; the App
 * switches to `vault:status().language` as soon as it has it.
 */
export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: {
      tr: { translation: resources.tr },
      en: { translation: resources.en },
    },
    lng: 'tr',
    fallbackLng: 'tr',
    supportedLngs: [...LANGUAGES],
    // React escapes output already; double-escaping would show &quot; to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  syncDocumentLanguage(i18next.language);
  i18next.on('languageChanged', syncDocumentLanguage);
  return i18next;
}

export async function setUiLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'tr';
}

/** Screen readers pick their voice from <html lang>; the title stays the app name by policy. */
function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = 'Emanet';
}
