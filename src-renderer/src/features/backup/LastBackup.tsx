import { useTranslation } from 'react-i18next';
import { useInvokeQuery } from '../../api/query';

/** After a week without a backup the line becomes a gentle nudge with a way to act on it. */
export const NUDGE_AFTER_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole local days between the backup and now: "yesterday" means the calendar day before. */
export function daysSince(iso: string, now: Date = new Date()): number {
  const at = new Date(iso);
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.max(0, Math.round((startOf(now) - startOf(at)) / DAY_MS));
}

/** "Last backup N days ago" on the agenda; settings:get carries `lastBackupAt`. */
export function LastBackup({ onBackUp }: { onBackUp: () => void }) {
  const { t } = useTranslation();
  const lastBackupAt = useInvokeQuery('settings:get', {}, { select: (v) => v.lastBackupAt }).data;

  // Nothing until we know: a "never" flashing before the real date would be a false alarm.
  if (lastBackupAt === undefined) return null;
  const days = lastBackupAt === null ? null : daysSince(lastBackupAt);
  const text =
    days === null
      ? t('backup.last.never')
      : days === 0
        ? t('backup.last.today')
        : days === 1
          ? t('backup.last.yesterday')
          : t('backup.last.days', { days: String(days) });
  const nudge = days === null || days > NUDGE_AFTER_DAYS;
  return (
    <div className={nudge ? 'notice last-backup last-backup-nudge' : 'last-backup'} data-testid="last-backup">
      <p>
        {text} {nudge ? t('backup.last.nudge') : null}
      </p>
      {nudge ? (
        <button type="button" className="button button-small" onClick={onBackUp}>
          {t('backup.last.open')}
        </button>
      ) : null}
    </div>
  );
}
