import { useTranslation } from 'react-i18next';
import type { PassphraseRating } from '@shared/schemas/vault';
import './StrengthMeter.css';

interface StrengthMeterProps {
  rating: PassphraseRating | null;
  /** True while a newer rating is on its way (debounce or request in flight). */
  pending: boolean;
  /** Whether anything has been typed; an empty field shows no meter at all. */
  active: boolean;
}

const LEVEL_KEYS = [
  'strength.level0',
  'strength.level1',
  'strength.level2',
  'strength.level3',
  'strength.level4',
] as const;
const SEGMENTS = [1, 2, 3, 4] as const;

export function StrengthMeter({ rating, pending, active }: StrengthMeterProps) {
  const { t } = useTranslation();
  if (!active) return null;
  const score = rating?.score ?? 0;
  const level = t(LEVEL_KEYS[score] ?? 'strength.level0');
  const tone = rating ? (rating.acceptable ? 'good' : score >= 2 ? 'fair' : 'weak') : 'none';
  return (
    <div
      className={pending ? 'strength strength-pending' : 'strength'}
      data-testid="strength-meter"
      data-score={rating ? score : undefined}
    >
      {/* The bar is decoration; the sentence below carries the same information for everyone. */}
      <div className={`strength-bar strength-${tone}`} aria-hidden="true">
        {SEGMENTS.map((segment) => (
          <span key={segment} className={rating && score >= segment ? 'strength-segment filled' : 'strength-segment'} />
        ))}
      </div>
      <div aria-live="polite" className="strength-text">
        {rating === null ? (
          <p>{t('strength.checking')}</p>
        ) : (
          <>
            <p>
              <strong>{t('strength.score', { level })}</strong> <span className="strength-score">({score}/4)</span>
            </p>
            <p>{rating.acceptable ? t('strength.acceptable') : t('strength.notAcceptable')}</p>
            {rating.reasons.length > 0 ? (
              <ul className="reason-list">
                {rating.reasons.map((reason) => (
                  <li key={reason}>{t(`reasons.${reason}`)}</li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
