import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { formatDate } from '../../components/format';
import { backupJobChannels } from './channels';
import { JobReport } from './JobOutcome';
import { SecretField, type BackupSecret } from './SecretField';
import { useJob } from './useJob';

/** Checks a whole backup file without restoring it; the verdict is either "sound" or "damaged". */
export function VerifyBackup() {
  const { t } = useTranslation();
  const job = useJob(backupJobChannels);
  const { view } = job;
  const [secret, setSecret] = useState<BackupSecret>({ kind: 'passphrase', value: '' });
  const [fieldError, setFieldError] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (job.busy) return;
    if (secret.value.trim() === '') return setFieldError(t('backup.secretRequired'));
    setFieldError(null);
    void job.start(() => invoke('backup:start', { action: 'verify', secret }));
  };

  const result = view.kind === 'finished' ? view.status.result : undefined;
  return (
    <form
      className="form stack"
      onSubmit={submit}
      noValidate
      aria-labelledby="backup-verify-title"
      data-testid="backup-verify"
    >
      <h3 id="backup-verify-title">{t('backup.verifyTitle')}</h3>
      <p className="field-hint">{t('backup.verifyIntro')}</p>
      <SecretField
        secret={secret}
        onChange={(next) => {
          setSecret(next);
          job.reset();
        }}
        error={fieldError}
        readOnly={job.busy}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={job.busy}>
          {t('backup.verify')}
        </button>
      </div>
      <JobReport
        view={view}
        onCancel={job.cancel}
        secretKind={secret.kind}
        success={
          result?.kind === 'verify'
            ? t('backup.verifyOk', { documents: String(result.documents), date: formatDate(result.createdAt) })
            : null
        }
      />
    </form>
  );
}
