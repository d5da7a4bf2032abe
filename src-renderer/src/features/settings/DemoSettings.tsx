import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ActionConfirm, DangerSection, useConfirmedAction } from '../../components/useConfirmedAction';

/** Only in a demo vault: delete the fictional data and start the real first run. */
export function DemoSettings({ onDiscarded }: { onDiscarded: () => void }) {
  const { t } = useTranslation();
  const discard = useConfirmedAction(() => invoke('vault:discardDemo', {}), onDiscarded);
  return (
    <DangerSection
      headingId="settings-demo"
      title={t('demo.settingsTitle')}
      className="demo-settings"
      intro={<p>{t('demo.settingsBody')}</p>}
      action={discard}
      buttonLabel={t('demo.leave')}
      dialog={
        <ActionConfirm
          action={discard}
          title={t('demo.confirmTitle')}
          confirmLabel={t('demo.confirm')}
          cancelLabel={t('deadlines.cancel')}
          testId="discard-demo-dialog"
        >
          <p>{t('demo.confirmBody')}</p>
        </ActionConfirm>
      }
    />
  );
}
