import { useTranslation } from 'react-i18next';
import type { Confidence } from '@shared/schemas/deadlines';

/** S / L / U with the word beside the letter; U is styled as a warning because it must be checked. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return (
    <span
      className={`confidence confidence-${confidence}`}
      title={t(`deadlines.confidenceHint.${confidence}`)}
      data-testid="confidence"
    >
      <span className="confidence-letter" aria-hidden="true">
        {confidence}
      </span>
      <span className="visually-hidden">{t('deadlines.confidenceLabel')}: </span>
      {t(`deadlines.confidence.${confidence}`)}
    </span>
  );
}
