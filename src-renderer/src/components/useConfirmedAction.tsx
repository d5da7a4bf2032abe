import { useState, type ReactNode } from 'react';
import type { AppErrorShape, Envelope } from '@shared/errors';

/**
 * An action behind a confirmation dialog (leave the demo, wipe, purge, empty the trash): whether
 * the dialog is open, the busy state while the backend works, and the failure to show. Once the
 * backend answers the dialog closes; `onDone` gets the answer of a success.
 */
export function useConfirmedAction<T>(action: () => Promise<Envelope<T>>, onDone: (value: T) => void) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  return {
    confirming,
    busy,
    error,
    setError,
    ask: (): void => setConfirming(true),
    cancel: (): void => setConfirming(false),
    async confirm(): Promise<void> {
      if (busy) return;
      setBusy(true);
      setError(null);
      const result = await action();
      setBusy(false);
      setConfirming(false);
      if (!result.ok) return setError(result.error);
      onDone(result.value);
    },
  };
}

/** The button that starts something destructive (it only opens the confirmation). */
export function DangerButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <div className="actions">
      <button type="button" className="button button-danger" onClick={onClick}>
        {children}
      </button>
    </div>
  );
}
