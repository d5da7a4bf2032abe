import { useInvokeQuery } from '../../api/query';
import type { AppErrorShape } from '@shared/errors';
import type { AgendaItem } from '@shared/schemas/deadline-views';

export type AgendaState =
  { kind: 'loading' } | { kind: 'ready'; today: string; items: AgendaItem[] } | { kind: 'error'; error: AppErrorShape };

/**
 * `agenda:get` for the next `days` days (overdue items are always included), fetched again when
 * a change anywhere invalidates the agenda. "Today" is the backend's, so every screen agrees on it.
 */
export function useAgenda(days: number): AgendaState {
  const query = useInvokeQuery('agenda:get', { days });
  if (query.status === 'success') return { kind: 'ready', ...query.data };
  if (query.status === 'error') return { kind: 'error', error: query.error.shape };
  return { kind: 'loading' };
}
