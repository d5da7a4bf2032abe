import { useTranslation } from 'react-i18next';
import { AutoBackup } from './AutoBackup';
import { BackupNow } from './BackupNow';
import { VerifyBackup } from './VerifyBackup';
import './backup.css';

/** Settings → Backups: make one now, or check one that was made before. */
export function BackupSettings({ startBackup = false }: { startBackup?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="settings-section" aria-labelledby="settings-backup">
      <h2 id="settings-backup">{t('backup.title')}</h2>
      <p className="field-hint">{t('backup.intro')}</p>
      <BackupNow autoStart={startBackup} />
      <VerifyBackup />
      <AutoBackup />
    </section>
  );
}
