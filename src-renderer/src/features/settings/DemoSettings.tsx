import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';

/** Only in a demo vault: delete the fictional data and start the real first run. */
export function DemoSettings({ onDiscarded }: { onDiscarded: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const discard = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const result = await invoke('vault:discardDemo', {});
    setBusy(false);
    setConfirming(false);
    if (result.ok) onDiscarded();
    else setError(result.error);
  };

  return (
    <section className="settings-section demo-settings" aria-labelledby="settings-demo">
      <h2 id="settings-demo">{t('demo.settingsTitle')}</h2>
      <p>{t('demo.settingsBody')}</p>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('demo.leave')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('demo.confirmTitle')}
          confirmLabel={t('demo.confirm')}
          cancelLabel={t('deadlines.cancel')}
          onConfirm={() => void discard()}
          onCancel={() => setConfirming(false)}
          danger
          busy={busy}
          testId="discard-demo-dialog"
        >
          <p>{t('demo.confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
