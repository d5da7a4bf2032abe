import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SettingsSection } from '../../components/SettingsSection';
import { DangerButton, useConfirmedAction } from '../../components/useConfirmedAction';
import { TypedConfirmDialog } from './TypedConfirmDialog';
import './retention.css';

/**
 * What `vault:panicWipe` expects (panic-wipe.ts PANIC_CONFIRMATION): a protocol token, never shown.
 * The lawyer types the word of their language (`panic.word`: YOK ET / WIPE; issue 14, no English
 * words on Turkish screens).
 */
export const PANIC_TOKEN = 'WIPE';

/** Settings → Emergency wipe: keys first, then the folder; backups are said to survive. */
export function PanicWipe({ onWiped }: { onWiped: () => void }) {
  const { t } = useTranslation();
  const wipe = useConfirmedAction(() => invoke('vault:panicWipe', { confirmation: PANIC_TOKEN }), onWiped);

  return (
    <SettingsSection headingId="settings-panic" title={t('panic.title')} className="panic-wipe">
      <p>{t('panic.intro')}</p>
      <p className="notice">{t('panic.backupsNote')}</p>
      <ErrorMessage error={wipe.error} />
      <DangerButton onClick={wipe.ask}>{t('panic.start')}</DangerButton>
      {wipe.confirming ? (
        <TypedConfirmDialog
          title={t('panic.confirmTitle')}
          word={t('panic.word')}
          confirmLabel={t('panic.confirm')}
          onConfirm={() => void wipe.confirm()}
          onCancel={wipe.cancel}
          busy={wipe.busy}
          testId="panic-dialog"
        >
          <p>{t('panic.confirmBody')}</p>
          <p>{t('panic.backupsNote')}</p>
        </TypedConfirmDialog>
      ) : null}
    </SettingsSection>
  );
}
