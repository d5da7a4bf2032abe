import { useTranslation } from 'react-i18next';
import type { Confidence } from '@shared/schemas/deadlines';

/**
 * "Dayanak: doğrulandı / muhtemel / belirsiz" in words: a letter or the word "kesin" would read
 * as a legal term ("kesin süre"). Uncertain is styled as a warning because it must be checked.
 */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return (
    <span
      className={`confidence confidence-${confidence}`}
      title={t(`deadlines.confidenceHint.${confidence}`)}
      data-testid="confidence"
    >
      {t('deadlines.confidenceLabel')}: {t(`deadlines.confidence.${confidence}`)}
    </span>
  );
}
