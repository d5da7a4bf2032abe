import { useCallback, useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';

export type ReportsStatus = ChannelOutput<'reports:status'>;

/** The vault's report role, reloaded after any step that changes it (trust, org setup). */
export function useReportsStatus() {
  const [status, setStatus] = useState<ReportsStatus | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const reload = useCallback(async () => {
    const result = await invoke('reports:status', {});
    if (result.ok) setStatus(result.value);
    else setError(result.error);
  }, []);
  useEffect(() => {
    // Loaded once on mount, in the promise callback (not synchronously in the effect).
    let cancelled = false;
    void invoke('reports:status', {}).then((result) => {
      if (cancelled) return;
      if (result.ok) setStatus(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return { status, error, reload };
}
