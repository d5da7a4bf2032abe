import {
  keepPreviousData,
  skipToken,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type Query,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { invoke } from './client';

/**
 * The one way the renderer reads and changes data: TanStack Query over `invoke`.
 *
 * - A read is `useInvokeQuery(channel, input)`; its key is `[channel, input]`, so two screens
 *   asking the same thing share one answer and one request.
 * - A change is `useInvokeMutation(channel)`: it resolves to the envelope (screens handle
 *   VALIDATION and CONFLICT themselves) and, when it succeeded, invalidates the reads listed for
 *   it in `INVALIDATES`, waiting for the ones on screen to be fetched again.
 * - Locking drops every answer (`queryClient.clear()` in App): no client data survives a lock in
 *   renderer memory. `gcTime: 0` also drops an answer as soon as no screen shows it, so what is
 *   held is what is on screen, as before this cache existed.
 */

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The backend is local: no network to wait for (the default would pause every query
        // while the OS says it is offline), and an error is an answer, not a reason to retry.
        networkMode: 'always',
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 0,
        gcTime: 0,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** An error envelope, thrown by a query function so TanStack Query sees a failed read. */
export class InvokeError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.code);
    this.name = 'InvokeError';
  }
}

/** What a screen renders from a read: loading, the backend's error, or the value. */
export type Loadable<T> = { kind: 'loading' } | { kind: 'error'; error: AppErrorShape } | { kind: 'ready'; value: T };

export function loadable<T>(query: UseQueryResult<T, InvokeError>): Loadable<T> {
  if (query.status === 'success') return { kind: 'ready', value: query.data };
  if (query.status === 'error') return { kind: 'error', error: query.error.shape };
  return { kind: 'loading' };
}

export function queryKey<C extends Channel>(channel: C, input: ChannelInput<C>): readonly [C, ChannelInput<C>] {
  return [channel, input] as const;
}

async function fetchOrThrow<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new InvokeError(result.error);
  return result.value;
}

interface QueryOptions<C extends Channel, T> {
  select?: (value: ChannelOutput<C>) => T;
  enabled?: boolean;
  /** Keep showing the last answer while a new input (another period, a search) loads. */
  keepPrevious?: boolean;
  /** Poll while the function says so (e.g. while a PDF's text is still being read). */
  refetchInterval?: (value: T | undefined) => number | false;
}

/**
 * A read through `channel`, cached under `[channel, input]` until no screen shows it. A `null`
 * input asks nothing (nothing typed yet, no rule chosen).
 */
export function useInvokeQuery<C extends Channel, T = ChannelOutput<C>>(
  channel: C,
  input: ChannelInput<C> | null,
  options: QueryOptions<C, T> = {},
): UseQueryResult<T, InvokeError> {
  const { refetchInterval, keepPrevious, ...rest } = options;
  return useQuery<ChannelOutput<C>, InvokeError, T, readonly [C, ChannelInput<C> | null]>({
    queryKey: [channel, input] as const,
    queryFn: input === null ? skipToken : () => fetchOrThrow(channel, input),
    ...rest,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(refetchInterval ? { refetchInterval: (query) => refetchInterval(query.state.data as T | undefined) } : {}),
  });
}

/**
 * Which reads a successful change makes stale. A channel missing here changes nothing that any
 * screen reads (or its screen reloads on its own, like a job's progress).
 */
/** Everything a case shows that a record's trip to the trash (or back) can change. */
const CASE_RECORD_READS: readonly Channel[] = [
  'timeline:list',
  'persons:list',
  'hearings:list',
  'hearings:details',
  'deadlines:list',
  'deadlines:details',
  'powerOfAttorney:list',
  'notifications:list',
  'stays:list',
  'records:trashList',
  'agenda:get',
  'cases:list',
];

export const INVALIDATES: Partial<Record<Channel, readonly Channel[]>> = {
  'clients:update': ['clients:get', 'clients:list'],
  // Issue 17: an import creates and merges clients, opens cases and their first deadlines.
  'import:commit': ['clients:get', 'clients:list', 'cases:list', 'agenda:get'],
  'cases:update': ['cases:get', 'cases:list', 'agenda:get'],
  // Issue 17 §2: trusting a colleague, handing a case over, receiving one, confirming (maybe shredding).
  'handover:trust': ['handover:keys'],
  'handover:untrust': ['handover:keys'],
  'handover:send': ['handover:status'],
  'handover:receive': ['cases:list', 'clients:list', 'agenda:get'],
  'handover:confirm': ['handover:status', 'cases:list', 'clients:list', 'agenda:get'],
  'handover:withdraw': ['handover:status'],
  'notes:add': ['timeline:list'],
  'notes:update': ['timeline:list'],
  'notes:remove': ['timeline:list'],
  'activities:add': ['timeline:list'],
  'time:add': ['timeline:list'],
  'tasks:add': ['timeline:list', 'agenda:get'],
  'tasks:setDone': ['timeline:list', 'agenda:get'],
  'deadlines:add': ['deadlines:list', 'agenda:get'],
  'deadlines:setDone': ['deadlines:list', 'agenda:get'],
  'deadlines:remove': ['deadlines:list', 'agenda:get'],
  'hearings:add': ['hearings:list', 'agenda:get'],
  'hearings:setDone': ['hearings:list', 'agenda:get'],
  'persons:add': ['persons:list'],
  'documents:finishUpload': ['documents:list', 'documents:versions'],
  'documents:remove': ['documents:list', 'documents:versions'],
  'settings:update': ['settings:get', 'cases:dueForDeletion'],
  'reports:trustOrg': ['reports:status'],
  'reports:confirmTrust': ['reports:status', 'playbooks:coordinator'],
  'reports:setupOrg': ['reports:status'],
  'reports:enroll': ['reports:status'],
  'reports:import': ['reports:register', 'reports:dashboard'],
  'reports:labelLawyer': ['reports:register', 'reports:dashboard'],
  'clients:trash': ['trash:list', 'clients:list', 'agenda:get'],
  'cases:trash': ['trash:list', 'cases:list', 'agenda:get'],
  'clients:restore': ['trash:list', 'clients:list', 'agenda:get'],
  'cases:restore': ['trash:list', 'cases:list', 'agenda:get'],
  'trash:empty': ['trash:list'],
  'cases:purgeDue': ['cases:dueForDeletion', 'cases:list'],
  'playbooks:act': [
    'playbooks:forCase',
    'timeline:list',
    'deadlines:list',
    'deadlines:details',
    'agenda:get',
    'cases:list',
  ],
  'playbooks:setStep': ['playbooks:forCase'],
  'playbooks:setHidden': ['playbooks:forCase'],
  'playbooks:import': ['playbooks:forCase', 'playbooks:list', 'playbooks:imports'],
  'playbooks:revert': ['playbooks:forCase', 'playbooks:list', 'playbooks:imports'],
  'petitions:generate': ['documents:list', 'documents:versions'],
  'clientNotes:generate': ['documents:list', 'documents:versions'],
  // Issue 14, casework: a record of a case moves to its trash and back; every read of a case follows.
  'records:trash': CASE_RECORD_READS,
  'records:restore': CASE_RECORD_READS,
  'activities:update': ['timeline:list'],
  'tasks:update': ['timeline:list', 'agenda:get', 'cases:list'],
  'time:update': ['timeline:list'],
  'persons:update': ['persons:list'],
  'documents:updateMeta': ['documents:list', 'documents:versions'],
  'hearings:update': ['hearings:list', 'agenda:get'],
  'hearings:postpone': ['hearings:list', 'hearings:details', 'agenda:get'],
  'hearings:setOutcome': [
    'hearings:list',
    'hearings:details',
    'deadlines:list',
    'deadlines:details',
    'agenda:get',
    'cases:list',
  ],
  'deadlines:complete': ['deadlines:list', 'deadlines:details', 'agenda:get', 'cases:list'],
  'deadlines:reopen': ['deadlines:list', 'deadlines:details', 'agenda:get', 'cases:list'],
  'deadlines:update': ['deadlines:list', 'deadlines:details', 'agenda:get', 'cases:list'],
  'powerOfAttorney:add': ['powerOfAttorney:list', 'timeline:list', 'agenda:get'],
  'powerOfAttorney:update': ['powerOfAttorney:list'],
  'powerOfAttorney:requestTask': ['powerOfAttorney:list', 'timeline:list', 'agenda:get'],
  'notifications:add': ['notifications:list', 'deadlines:list', 'agenda:get', 'cases:list'],
  'notifications:update': ['notifications:list'],
  'stays:add': ['stays:list'],
  'stays:update': ['stays:list'],
  'cases:createForClient': ['clients:get', 'clients:list', 'cases:list', 'agenda:get'],
};

function invalidating(channels: readonly Channel[]) {
  return (query: Query) => channels.includes(query.queryKey[0] as Channel);
}

/** Marks the reads of `channels` stale and waits for the ones on screen to be fetched again. */
export function useInvalidate(): (channels: readonly Channel[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    (channels: readonly Channel[]) => client.invalidateQueries({ predicate: invalidating(channels) }),
    [client],
  );
}

/**
 * A change through `channel`. Resolves to the envelope, never throws; after a success the reads
 * in `INVALIDATES[channel]` (and `also`) are fetched again before the promise resolves.
 */
export function useInvokeMutation<C extends Channel>(
  channel: C,
  also: readonly Channel[] = [],
): (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>> {
  const invalidate = useInvalidate();
  const { mutateAsync } = useMutation<Envelope<ChannelOutput<C>>, never, ChannelInput<C>>({
    mutationFn: (input) => invoke(channel, input),
    onSuccess: async (result) => {
      if (result.ok) await invalidate([...(INVALIDATES[channel] ?? []), ...also]);
    },
  });
  return mutateAsync;
}
