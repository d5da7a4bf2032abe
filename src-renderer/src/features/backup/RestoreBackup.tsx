import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FocusedHeading } from '../../components/ScreenHeading';
import { currentLanguage } from '../../i18n';
import { formatSize } from '../documents/format';
import { restoreJobChannels } from './channels';
import { existingFolderOf } from './existingFolder';
import { JobOutcome } from './JobOutcome';
import { JobProgress } from './JobProgress';
import { SecretField, type BackupSecret } from './SecretField';
import { failureOf, useJob } from './useJob';

interface Props {
  /** The restored vault is open (or, if opening failed, the lawyer chose to go on). */
  onRestored: () => void;
  onBack: () => void;
}

/**
 * First run and unlock screen: restore a backup with the passphrase or recovery key. The backend
 * verifies everything into a temp folder before switching; over an existing vault it refuses
 * until the lawyer confirmed a dialog that names what will be lost.
 */
export function RestoreBackup({ onRestored, onBack }: Props) {
  const { t } = useTranslation();
  const job = useJob(restoreJobChannels);
  const { view } = job;
  const [secret, setSecret] = useState<BackupSecret>({ kind: 'passphrase', value: '' });
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [unlockFailed, setUnlockFailed] = useState(false);
  const existing = existingFolderOf(failureOf(view));

  const begin = (replace: boolean): void => {
    void job.start(() => invoke('vault:startRestore', { secret, ...(replace ? { replace: 'REPLACE' as const } : {}) }));
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (job.busy) return;
    if (secret.value.trim() === '') return setFieldError(t('backup.secretRequired'));
    setFieldError(null);
    begin(false);
  };

  const restored = view.kind === 'finished' && view.status.result?.kind === 'restore' ? view.status.result : null;
  useEffect(() => {
    if (!restored) return;
    let cancelled = false;
    // Open what was just restored with the secret that opened the backup: it is the same vault.
    void (async () => {
      // The restored folder carries no preferences: keep the language chosen on this screen.
      await invoke('vault:setLanguage', { language: currentLanguage() });
      const opened =
        secret.kind === 'passphrase'
          ? await invoke('vault:unlock', { passphrase: secret.value })
          : await invoke('vault:unlockWithRecoveryKey', { recoveryKey: secret.value });
      if (cancelled) return;
      setSecret({ kind: secret.kind, value: '' });
      if (opened.ok) onRestored();
      else setUnlockFailed(true);
    })();
    return () => {
      cancelled = true;
    };
    // Runs once per finished restore; the secret is read at that moment on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [restored]);

  return (
    <section className="card" aria-labelledby="restore-title" data-testid="restore-backup">
      <FocusedHeading id="restore-title">{t('backup.restore.title')}</FocusedHeading>
      <p className="lead">{t('backup.restore.intro')}</p>
      <form className="form" onSubmit={submit} noValidate aria-busy={job.busy}>
        <SecretField secret={secret} onChange={setSecret} error={fieldError} readOnly={job.busy || !!restored} />
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={job.busy || !!restored}>
            {t('backup.restore.choose')}
          </button>
          <button type="button" className="button button-link" onClick={onBack} disabled={job.busy || !!restored}>
            {t('backup.restore.back')}
          </button>
        </div>
      </form>
      {view.kind === 'running' ? <JobProgress status={view.status} onCancel={job.cancel} /> : null}
      {existing ? null : (
        <JobOutcome
          view={view}
          secretKind={secret.kind}
          success={restored ? t('backup.restore.done', { documents: String(restored.documents) }) : null}
        />
      )}
      {unlockFailed ? (
        <>
          <ErrorMessage
            error={{ code: 'INTERNAL', message: 'unlock failed' }}
            overrides={{ INTERNAL: 'backup.restore.unlockFailed' }}
          />
          <div className="actions">
            <button type="button" className="button" onClick={onRestored}>
              {t('backup.restore.toUnlock')}
            </button>
          </div>
        </>
      ) : null}
      {existing ? (
        <ConfirmDialog
          title={t('backup.restore.confirmTitle')}
          confirmLabel={t('backup.restore.confirm')}
          cancelLabel={t('backup.restore.cancel')}
          onConfirm={() => begin(true)}
          onCancel={job.reset}
          danger
          testId="restore-replace-dialog"
        >
          <p>
            {existing.isVault
              ? t('backup.restore.confirmVault')
              : t('backup.restore.confirmOther', {
                  files: String(existing.files),
                  size: formatSize(existing.bytes, currentLanguage()),
                })}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
