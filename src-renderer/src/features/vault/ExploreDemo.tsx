import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import { currentLanguage } from '../../i18n';
import { BusyNote } from '../../components/BusyNote';

/**
 * The other way in on first run: a vault of fictional clients, cases and deadlines (passphrase
 * `demo`), opened straight on the agenda, so a newcomer sees a living app before typing anything.
 */
export function ExploreDemo({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const explore = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await invoke('vault:createDemo', {});
    if (!result.ok) {
      setBusy(false);
      return setError(result.error);
    }
    // Keep the language chosen on this screen, as creating a real vault does.
    await invoke('vault:setLanguage', { language: currentLanguage() });
    onCreated();
  };

  return (
    <section className="card explore-demo" aria-labelledby="explore-demo-title">
      <h2 id="explore-demo-title">{t('demo.exploreTitle')}</h2>
      <p>{t('demo.exploreIntro')}</p>
      <ErrorMessage error={error} />
      <div className="actions">
        <button type="button" className="button" onClick={() => void explore()} aria-disabled={busy || undefined}>
          {t('demo.explore')}
        </button>
        {busy ? <BusyNote>{t('demo.exploreBusy')}</BusyNote> : null}
      </div>
    </section>
  );
}
