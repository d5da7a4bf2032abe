import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKey, useInvokeQuery } from '../../api/query';
import { LoadFailed } from '../../components/StatusNote';
import type { SettingsView as Settings } from '@shared/schemas/vault';
import { BackupSettings } from '../backup/BackupSettings';
import { HandoverSettings } from '../handover/HandoverSettings';
import { PanicWipe } from '../retention/PanicWipe';
import { RetentionSettings } from '../retention/RetentionSettings';
import { AutoLockSettings } from './AutoLockSettings';
import { ChangePassphrase } from './ChangePassphrase';
import { DemoSettings } from './DemoSettings';
import { LanguageSettings } from './LanguageSettings';
import { PrivacySettings } from './PrivacySettings';
import { ProfileSettings } from './ProfileSettings';
import { ReminderSettings } from './ReminderSettings';

interface SettingsPageProps {
  /** A demo vault offers to leave the demo; a real vault never shows that section. */
  demo?: boolean;
  onDemoDiscarded?: () => void;
  /** After a panic wipe: the App goes back to the first-run screen. */
  onVaultGone?: () => void;
  /** The desktop menu's "Back up now": start a backup as soon as the page opens. */
  startBackup?: boolean;
}

export function SettingsPage({ demo = false, onDemoDiscarded, onVaultGone, startBackup = false }: SettingsPageProps) {
  const { t } = useTranslation();
  const query = useInvokeQuery('settings:get', {});
  const settings = query.data ?? null;
  const error = query.error?.shape ?? null;
  // Each section saves through `settings:update`, which answers with the whole new settings.
  const client = useQueryClient();
  const setSettings = (value: Settings): void => void client.setQueryData(queryKey('settings:get', {}), value);
  const panel = settings ? { settings, onSaved: setSettings } : null;

  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title" className="page-title">
        {t('settings.title')}
      </h1>
      <LoadFailed error={error} message={t('settings.loadFailed')} />
      {panel ? (
        <>
          {demo && onDemoDiscarded ? <DemoSettings onDiscarded={onDemoDiscarded} /> : null}
          <LanguageSettings />
          <ProfileSettings {...panel} />
          <AutoLockSettings {...panel} />
          <ReminderSettings {...panel} />
          <PrivacySettings {...panel} />
          <ChangePassphrase />
          <BackupSettings startBackup={startBackup} />
          <HandoverSettings />
          <RetentionSettings {...panel} />
          {onVaultGone ? <PanicWipe onWiped={onVaultGone} /> : null}
        </>
      ) : null}
    </section>
  );
}
