import { useCallback, useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';
import type { ClientRow } from '@shared/schemas/casefile-views';
import type { VulnerabilityCode } from '@shared/schemas/clients';

export const PAGE_SIZE = 100;

export interface ClientQuery {
  search: string;
  nationality: string | null;
  vulnerability: VulnerabilityCode | null;
  hasOverdueTask: boolean;
  sort: 'name' | 'recent';
}

export interface ClientPages {
  /** null until the first page has answered. */
  total: number | null;
  rowAt: (index: number) => ClientRow | undefined;
  /** Asks for the pages covering rows [first, last]; pages already asked for are not asked again. */
  ensureRange: (first: number, last: number) => void;
  error: AppErrorShape | null;
}

/**
 * The client list, one `clients:list` page (offset/limit) at a time, fetched when the
 * virtualized table scrolls near it: 10,000 clients never all travel over IPC or land in the DOM.
 * A new query starts over; answers for an older query are dropped.
 */
export function useClientPages(query: ClientQuery): ClientPages {
  const key = JSON.stringify(query);
  const [loaded, setLoaded] = useState<{ key: string; total: number | null; rows: ReadonlyMap<number, ClientRow> }>({
    key: '',
    total: null,
    rows: new Map(),
  });
  const [error, setError] = useState<AppErrorShape | null>(null);
  const requested = useRef({ key: '', pages: new Set<number>() });

  const fetchPage = useCallback(
    (page: number) => {
      if (requested.current.key !== key) requested.current = { key, pages: new Set() };
      const pages = requested.current.pages;
      if (pages.has(page)) return;
      pages.add(page);
      const q = JSON.parse(key) as ClientQuery;
      void invoke('clients:list', {
        search: q.search.trim() === '' ? undefined : q.search.trim(),
        nationality: q.nationality ?? undefined,
        vulnerability: q.vulnerability ?? undefined,
        hasOverdueTask: q.hasOverdueTask ? true : undefined,
        sort: q.sort,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }).then((result) => {
        // An answer for an older query is dropped: the list has moved on.
        if (requested.current.key !== key) return;
        if (!result.ok) {
          pages.delete(page);
          setError(result.error);
          return;
        }
        setError(null);
        setLoaded((current) => {
          const rows = new Map(current.key === key ? current.rows : []);
          result.value.rows.forEach((row, i) => rows.set(page * PAGE_SIZE + i, row));
          return { key, total: result.value.total, rows };
        });
      });
    },
    [key],
  );

  useEffect(() => fetchPage(0), [fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) fetchPage(page);
    },
    [fetchPage],
  );

  const current = loaded.key === key;
  return {
    total: current ? loaded.total : null,
    rowAt: (index) => (current ? loaded.rows.get(index) : undefined),
    ensureRange,
    error,
  };
}
