import { fingerprintWordsIn } from '@shared/fingerprint-words';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';

/**
 * The same fingerprint in the other language's word list. Words are compared aloud between two
 * people, and each screen shows its own language: a lawyer on a Turkish screen and a supervisor
 * on an English one would otherwise read different words for the same key. Either of them opens
 * this to read the words the other one sees, position for position.
 */
export function OtherLanguageWords({ words }: { words: string }) {
  const { t } = useTranslation();
  const other = currentLanguage() === 'tr' ? 'en' : 'tr';
  return (
    <details className="fingerprint-other" data-testid="fingerprint-other">
      <summary>{t('reports.fingerprintOther.summary')}</summary>
      <p className="fingerprint-words-other" lang={other}>
        {fingerprintWordsIn(other, words)}
      </p>
    </details>
  );
}
