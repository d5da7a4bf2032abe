import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke, notifyLocked, onLocked, reportActivity, watchForAutoLock } from '../api/client';
import { createQueryClient } from '../api/query';
import { ErrorMessage } from '../components/ErrorMessage';
import { FocusedHeading } from '../components/ScreenHeading';
import { FirstRun } from '../features/vault/FirstRun';
import { Unlock } from '../features/vault/Unlock';
import { LoadingScreen } from '../features/vault/VaultCard';
import { SingleAction } from '../components/BusyNote';
import { setUiLanguage } from '../i18n';
import { appReducer } from './appState';
import { UnlockedApp } from './UnlockedApp';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const dropCache = useCallback(() => queryClient.clear(), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <AppScreens onLockedDropCache={dropCache} />
    </QueryClientProvider>
  );
}

/**
 * The lock state machine. Confidentiality: every cached answer (client names, notes, …) is
 * dropped the moment the renderer learns of a lock, before the unlocked screens unmount, so no
 * client data survives a lock in renderer memory. (Not again afterwards: the unlock screen's own
 * reads would be cancelled with it.)
 */
function AppScreens({ onLockedDropCache }: { onLockedDropCache: () => void }) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(appReducer, { kind: 'loading' });

  const loadStatus = useCallback(async (): Promise<void> => {
    const status = await invoke('vault:status', {});
    if (!status.ok) return dispatch({ type: 'startupFailed', error: status.error });
    await setUiLanguage(status.value.language);
    dispatch({ type: 'status', exists: status.value.exists, unlocked: status.value.unlocked });
  }, []);

  useEffect(() => {
    if (state.kind === 'loading') void loadStatus();
  }, [state.kind, loadStatus]);

  useEffect(
    () =>
      onLocked(() => {
        onLockedDropCache();
        dispatch({ type: 'locked' });
      }),
    [onLockedDropCache],
  );

  const unlocked = state.kind === 'unlocked';
  useEffect(() => {
    if (!unlocked) return;
    const stopWatching = watchForAutoLock();
    const stopReporting = reportActivity();
    return () => {
      stopWatching();
      stopReporting();
    };
  }, [unlocked]);

  const lock = useCallback(async (): Promise<void> => {
    // Hide everything first: the lawyer pressed Lock because someone may be looking.
    notifyLocked();
    await invoke('vault:lock', {});
  }, []);

  switch (state.kind) {
    case 'loading':
      return <LoadingScreen />;
    case 'startupError':
      return (
        <div className="centered">
          <section className="card">
            <FocusedHeading>{t('app.startupFailed')}</FocusedHeading>
            <ErrorMessage error={state.error} />
            <SingleAction onClick={() => dispatch({ type: 'retry' })}>{t('app.retry')}</SingleAction>
          </section>
        </div>
      );
    case 'noVault':
      return <FirstRun onFinished={() => dispatch({ type: 'retry' })} />;
    case 'locked':
      return <Unlock onUnlocked={() => dispatch({ type: 'unlocked' })} />;
    case 'unlocked':
      return <UnlockedApp onLock={() => void lock()} onVaultGone={() => dispatch({ type: 'retry' })} />;
  }
}
