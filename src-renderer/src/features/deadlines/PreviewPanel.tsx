import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Explanation } from './Explanation';
import type { PreviewState } from './usePreview';
import { weekdayOf } from './weekday';
import { formatDate } from '../../components/format';

/**
 * The computed last day, before anything is saved — in "Add deadline" and in quick intake
 * alike: the date large, its weekday, the lawyer's internal target, then why.
 * `aria-live` so a screen-reader user hears the date change as they type the notification date.
 */
export function PreviewPanel({ state }: { state: PreviewState }) {
  const { t } = useTranslation();
  return (
    <section
      className="preview-panel"
      aria-live="polite"
      aria-labelledby="preview-title"
      data-testid="deadline-preview"
    >
      <h3 id="preview-title" className="preview-title">
        {t('deadlines.dialog.previewTitle')}
      </h3>
      {state.kind === 'idle' ? <p className="muted">{t('deadlines.dialog.previewWaiting')}</p> : null}
      {state.kind === 'loading' ? <p className="muted">{t('deadlines.dialog.previewLoading')}</p> : null}
      {state.kind === 'error' ? <ErrorMessage error={state.error} /> : null}
      {state.kind === 'ready' ? (
        <>
          {state.preview.confidence === 'U' ? (
            <p className="preview-unsure" role="alert">
              {t('deadlines.dialog.unsureWarning')}
            </p>
          ) : null}
          <p className="preview-due" data-testid="preview-due">
            <span className="preview-due-date">{formatDate(state.preview.due)}</span>{' '}
            <span className="preview-due-day">{t(`agenda.weekdays.long.${weekdayOf(state.preview.due)}`)}</span>
          </p>
          {state.preview.internalDue ? (
            <p className="deadline-internal" data-testid="preview-internal">
              {t('deadlines.dialog.previewInternal', { date: formatDate(state.preview.internalDue) })}
            </p>
          ) : null}
          <Explanation preview={state.preview} />
        </>
      ) : null}
    </section>
  );
}
