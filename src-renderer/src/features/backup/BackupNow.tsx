import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { currentLanguage } from '../../i18n';
import { formatSize } from '../documents/format';
import { backupJobChannels } from './channels';
import { JobReport } from './JobOutcome';
import { useJob } from './useJob';

/**
 * "Back up now": the save dialog (main process), then a cancellable job with a progress bar.
 * `autoStart`: the desktop menu asked for it; start once, as if the button had been pressed.
 */
export function BackupNow({ autoStart = false }: { autoStart?: boolean }) {
  const { t } = useTranslation();
  const job = useJob(backupJobChannels);
  const { view } = job;
  const section = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  const start = (): void => void job.start(() => invoke('backup:start', { action: 'create' }));
  useEffect(() => {
    if (!autoStart || started.current) return;
    started.current = true;
    section.current?.scrollIntoView({ block: 'center' });
    start();
    // Once per mount; the route remounts the page when the menu asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const result = view.kind === 'finished' ? view.status.result : undefined;
  return (
    <div className="stack" data-testid="backup-now" ref={section}>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={start} disabled={job.busy}>
          {t('backup.create')}
        </button>
      </div>
      <JobReport
        view={view}
        onCancel={job.cancel}
        success={
          result?.kind === 'create'
            ? t('backup.created', {
                file: result.fileName,
                size: formatSize(result.bytes, currentLanguage()),
                documents: String(result.documents),
              })
            : null
        }
      />
    </div>
  );
}
