import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
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
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const wipe = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const result = await invoke('vault:panicWipe', { confirmation: PANIC_TOKEN });
    setBusy(false);
    if (!result.ok) {
      setConfirming(false);
      return setError(result.error);
    }
    onWiped();
  };

  return (
    <section className="settings-section panic-wipe" aria-labelledby="settings-panic">
      <h2 id="settings-panic">{t('panic.title')}</h2>
      <p>{t('panic.intro')}</p>
      <p className="notice">{t('panic.backupsNote')}</p>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('panic.start')}
        </button>
      </div>
      {confirming ? (
        <TypedConfirmDialog
          title={t('panic.confirmTitle')}
          word={t('panic.word')}
          confirmLabel={t('panic.confirm')}
          onConfirm={() => void wipe()}
          onCancel={() => setConfirming(false)}
          busy={busy}
          testId="panic-dialog"
        >
          <p>{t('panic.confirmBody')}</p>
          <p>{t('panic.backupsNote')}</p>
        </TypedConfirmDialog>
      ) : null}
    </section>
  );
}
