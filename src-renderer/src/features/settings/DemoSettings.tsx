import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SettingsSection } from '../../components/SettingsSection';
import { DangerButton, useConfirmedAction } from '../../components/useConfirmedAction';

/** Only in a demo vault: delete the fictional data and start the real first run. */
export function DemoSettings({ onDiscarded }: { onDiscarded: () => void }) {
  const { t } = useTranslation();
  const discard = useConfirmedAction(() => invoke('vault:discardDemo', {}), onDiscarded);

  return (
    <SettingsSection headingId="settings-demo" title={t('demo.settingsTitle')} className="demo-settings">
      <p>{t('demo.settingsBody')}</p>
      <ErrorMessage error={discard.error} />
      <DangerButton onClick={discard.ask}>{t('demo.leave')}</DangerButton>
      {discard.confirming ? (
        <ConfirmDialog
          title={t('demo.confirmTitle')}
          confirmLabel={t('demo.confirm')}
          cancelLabel={t('deadlines.cancel')}
          onConfirm={() => void discard.confirm()}
          onCancel={discard.cancel}
          danger
          busy={discard.busy}
          testId="discard-demo-dialog"
        >
          <p>{t('demo.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </SettingsSection>
  );
}
