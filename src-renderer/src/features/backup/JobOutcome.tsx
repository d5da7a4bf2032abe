import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StatusNote } from '../../components/StatusNote';
import { JobProgress } from './JobProgress';
import { backupErrorOverrides } from './backupErrors';
import { failureOf, type JobView } from './useJob';

interface Props {
  view: JobView;
  /** Which secret opened the backup: a refused recovery key is said to be one. */
  secretKind?: 'passphrase' | 'recovery';
  /** The sentence for a successful result (already translated), or null. */
  success: string | null;
}

/**
 * How a job ended, in one place: success in a status region, failure in an alert (both are
 * announced), a cancelled job or a closed file dialog as a quiet note.
 */
export function JobOutcome({ view, secretKind, success }: Props) {
  const { t } = useTranslation();
  const overrides = backupErrorOverrides(failureOf(view), secretKind);
  if (view.kind === 'failed') return <ErrorMessage error={view.error} overrides={overrides} />;
  if (view.kind === 'dialogCancelled') return <StatusNote>{t('backup.dialogCancelled')}</StatusNote>;
  if (view.kind !== 'finished') return null;
  if (view.status.error) return <ErrorMessage error={view.status.error} overrides={overrides} />;
  if (view.status.cancelled) return <StatusNote>{t('backup.cancelled')}</StatusNote>;
  return success ? (
    <div className="notice notice-success" role="status" data-testid="job-success">
      <p>{success}</p>
    </div>
  ) : null;
}

/** A job's progress bar (with Cancel) while it runs, then how it ended. */
export function JobReport({ onCancel, ...outcome }: Props & { onCancel: () => void }) {
  const { view } = outcome;
  return view.kind === 'running' ? (
    <JobProgress status={view.status} onCancel={onCancel} />
  ) : (
    <JobOutcome {...outcome} />
  );
}
