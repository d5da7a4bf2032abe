import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ActionConfirm, DangerSection, useConfirmedAction } from '../../components/useConfirmedAction';
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
    <DangerSection
      headingId="settings-panic"
      title={t('panic.title')}
      className="panic-wipe"
      intro={
        <>
          <p>{t('panic.intro')}</p>
          <p className="notice">{t('panic.backupsNote')}</p>
        </>
      }
      action={wipe}
      buttonLabel={t('panic.start')}
      dialog={
        <ActionConfirm
          action={wipe}
          title={t('panic.confirmTitle')}
          word={t('panic.word')}
          confirmLabel={t('panic.confirm')}
          testId="panic-dialog"
        >
          <p>{t('panic.confirmBody')}</p>
          <p>{t('panic.backupsNote')}</p>
        </ActionConfirm>
      }
    />
  );
}
