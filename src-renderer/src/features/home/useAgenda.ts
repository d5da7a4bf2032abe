import { useCallback, useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';
import type { AgendaItem } from '@shared/schemas/deadline-views';
import { onAgendaChanged } from '../deadlines/agendaEvents';

export type AgendaState =
  { kind: 'loading' } | { kind: 'ready'; today: string; items: AgendaItem[] } | { kind: 'error'; error: AppErrorShape };

/**
 * `agenda:get` for the next `days` days (overdue items are always included), reloaded when a
 * deadline or hearing changes anywhere. "Today" is the backend's, so every screen agrees on it.
 */
export function useAgenda(days: number): AgendaState {
  const [state, setState] = useState<AgendaState>({ kind: 'loading' });
  const load = useCallback(async (): Promise<void> => {
    const result = await invoke('agenda:get', { days });
    setState(result.ok ? { kind: 'ready', ...result.value } : { kind: 'error', error: result.error });
  }, [days]);
  useEffect(() => {
    let current = true;
    void invoke('agenda:get', { days }).then((result) => {
      if (current) setState(result.ok ? { kind: 'ready', ...result.value } : { kind: 'error', error: result.error });
    });
    const stop = onAgendaChanged(() => void load());
    return () => {
      current = false;
      stop();
    };
  }, [days, load]);
  return state;
}
