import { fingerprintWordsIn } from '@shared/fingerprint-words';
import { currentLanguage } from '../../i18n';

/** A received-at timestamp in the interface language, to the minute. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'en' ? 'en-GB' : 'tr-TR', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Fingerprint words in the screen's language (Turkish words for Turkish screens). */
export function shownWords(words: string): string {
  return fingerprintWordsIn(currentLanguage(), words);
}
