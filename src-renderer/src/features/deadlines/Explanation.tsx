import { useTranslation } from 'react-i18next';
import type { DeadlinePreview } from '@shared/schemas/deadline-views';
import { currentLanguage } from '../../i18n';
import { ConfidenceBadge } from './ConfidenceBadge';

/**
 * Why a deadline falls on its day: the engine's steps, the legal basis and its warnings. They
 * come pre-rendered in both languages, so the renderer only picks the lawyer's language and
 * never re-implements the counting rules.
 */
export function Explanation({ preview }: { preview: DeadlinePreview }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const warnings = preview.warnings[lang];
  return (
    <div className="explanation" data-testid="explanation">
      <h4 className="explanation-heading">{t('deadlines.steps')}</h4>
      <ol className="explanation-steps" data-testid="steps">
        {preview.steps[lang].map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      <p className="explanation-basis" data-testid="basis">
        <strong>{t('deadlines.basis')}:</strong> {preview.legalBasis[lang]}
      </p>
      <p className="explanation-confidence">
        <ConfidenceBadge confidence={preview.confidence} />
      </p>
      {/* Only where the recess decided something: a removal appeal never waits for it. */}
      {preview.recess && preview.warningCodes.some((code) => code.startsWith('recess')) ? (
        <p className="explanation-recess" data-testid="recess-assumed">
          {t(`deadlines.recessAssumed.${preview.recess}`)}
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <div className="explanation-warnings" role="note" data-testid="warnings">
          <h4 className="explanation-heading">{t('deadlines.warnings')}</h4>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {(preview.next ?? []).map((next) => (
        <p key={next.id} className="explanation-next" data-testid="next-step">
          {t('deadlines.nextStep', { name: lang === 'en' ? next.nameEn : next.nameTr })}
        </p>
      ))}
    </div>
  );
}
