import { useTranslation } from 'react-i18next';
import { percent } from '../documents/format';
import type { JobStatus } from './useJob';

interface Props {
  status: JobStatus;
  onCancel?: (() => void) | undefined;
}

/** A native <progress> (announced by screen readers), what is happening, and a Stop button. */
export function JobProgress({ status, onCancel }: Props) {
  const { t } = useTranslation();
  const value = percent(status.done, status.total);
  // Before the total is known (snapshot, start) the bar is indeterminate rather than a fake 100%.
  const known = status.total > 0 || status.phase === 'done';
  return (
    <div className="job-progress" data-testid="job-progress">
      <progress
        className="job-progress-bar"
        aria-label={t('backup.progressLabel')}
        max={100}
        {...(known ? { value } : {})}
      />
      <p className="job-progress-text" role="status">
        {t(`backup.phases.${status.phase}`, { percent: String(value) })}
      </p>
      {onCancel ? (
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('backup.cancel')}
        </button>
      ) : null}
    </div>
  );
}
