import { fingerprintWordsIn } from '@shared/fingerprint-words';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { shownWords } from './format';

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

/**
 * One key in a `fingerprints` list: its name, its words in this screen's language and (unless
 * `withOther` is false) the same words in the other language.
 */
export function FingerprintEntry({
  label,
  words,
  testId,
  withOther = true,
}: {
  label: string;
  words: string;
  testId: string;
  withOther?: boolean;
}) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="fingerprint-words" data-testid={testId}>
        {shownWords(words)}
      </dd>
      {withOther ? (
        <dd>
          <OtherLanguageWords words={words} />
        </dd>
      ) : null}
    </>
  );
}

interface CompareWordsProps {
  /** data-testid of the box, and of the words in it. */
  testIds: { box: string; words: string };
  intro: string;
  words: string;
  /** A further paragraph under the words (the organisation's policy). */
  note?: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A colleague's or an organisation's key just opened: its words, to read aloud with its owner
 * before it is trusted (a key swapped on the way would show other words), and trust or cancel.
 */
export function CompareWords({ testIds, intro, words, note, ...choice }: CompareWordsProps) {
  return (
    <div className="confirm-words" data-testid={testIds.box}>
      <p>{intro}</p>
      <p className="fingerprint-words" data-testid={testIds.words}>
        {shownWords(words)}
      </p>
      <OtherLanguageWords words={words} />
      {note ? <p>{note}</p> : null}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={choice.onConfirm}>
          {choice.confirmLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={choice.onCancel}>
          {choice.cancelLabel}
        </button>
      </div>
    </div>
  );
}
