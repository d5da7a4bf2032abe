import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';

/**
 * Automatic backup when the lawyer locks, when the vault locks itself after idling, and when the
 * app quits (never on suspend, which must lock at once). The folder is chosen in the main
 * process's dialog: the screen only shows it.
 */
export function AutoBackup() {
  const { t } = useTranslation();
  /** The folder's name only: the main process never hands the renderer a path. */
  const [folder, setFolder] = useState<string | null | undefined>(undefined);
  const [foreign, setForeign] = useState(0);
  const [keep, setKeep] = useState('5');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void (async () => {
      const result = await invoke('settings:get', {});
      if (!result.ok) return setError(result.error);
      setFolder(result.value.autoBackupFolderName);
      setForeign(result.value.autoBackupForeignFiles);
      setKeep(String(result.value.autoBackupKeep));
    })();
  }, []);

  const choose = async () => {
    setError(null);
    const result = await invoke('backup:chooseAutoFolder', {});
    if (result.ok) {
      setFolder(result.value.folder);
      setForeign(result.value.foreignFiles);
    } else setError(result.error);
  };
  const turnOff = async () => {
    setError(null);
    const result = await invoke('backup:disableAuto', {});
    if (result.ok) {
      setFolder(null);
      setForeign(0);
    } else setError(result.error);
  };
  const saveKeep = async () => {
    setError(null);
    setSaved(false);
    const n = Number(keep);
    const result = await invoke('settings:update', { autoBackupKeep: n });
    if (result.ok) setSaved(true);
    else setError(result.error);
  };

  if (folder === undefined) return null;
  return (
    <fieldset className="stack" data-testid="auto-backup">
      <legend>{t('backup.auto.title')}</legend>
      <p className="field-hint">{t('backup.auto.intro')}</p>
      <p role="status">{folder ? t('backup.auto.on', { folder }) : t('backup.auto.off')}</p>
      {folder && foreign > 0 ? (
        <p role="alert" className="notice" data-testid="auto-backup-foreign">
          {t('backup.auto.foreign', { count: foreign })}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => void choose()}>
          {folder ? t('backup.auto.change') : t('backup.auto.choose')}
        </button>
        {folder ? (
          <button type="button" className="button button-quiet" onClick={() => void turnOff()}>
            {t('backup.auto.turnOff')}
          </button>
        ) : null}
      </div>
      {folder ? (
        <div className="field">
          <label htmlFor="auto-backup-keep">{t('backup.auto.keep')}</label>
          <div className="actions">
            <input
              id="auto-backup-keep"
              className="input input-narrow"
              inputMode="numeric"
              value={keep}
              onChange={(e) => setKeep(e.target.value)}
            />
            <button type="button" className="button" onClick={() => void saveKeep()}>
              {t('backup.auto.saveKeep')}
            </button>
          </div>
          {saved ? <p role="status">{t('backup.auto.saved')}</p> : null}
        </div>
      ) : null}
      <ErrorMessage error={error} />
    </fieldset>
  );
}
