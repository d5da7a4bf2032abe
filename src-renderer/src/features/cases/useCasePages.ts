import { useCallback, useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';
import type { CaseRow } from '@shared/schemas/casefile-views';
import type { CaseListFilters } from './caseListView';

export const CASE_PAGE_SIZE = 100;

interface PagesState {
  /** Bumped on every filter change; answers for an older generation are dropped. */
  generation: number;
  total: number | null;
  pages: ReadonlyMap<number, readonly CaseRow[]>;
  error: AppErrorShape | null;
}

/**
 * The case list, loaded a page (100 rows) at a time as the virtualized table scrolls, so a
 * vault with 20,000 cases never holds more than the pages someone actually looked at.
 */
export function useCasePages(filters: CaseListFilters) {
  const [state, setState] = useState<PagesState>({ generation: 0, total: null, pages: new Map(), error: null });
  const generation = useRef(0);
  const inFlight = useRef(new Set<number>());
  const loaded = useRef(new Set<number>());

  const loadPage = useCallback(
    async (page: number): Promise<void> => {
      if (inFlight.current.has(page) || loaded.current.has(page)) return;
      inFlight.current.add(page);
      const requestedFor = generation.current;
      const result = await invoke('cases:list', {
        ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
        ...(filters.type ? { type: filters.type } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.tag.trim() ? { tag: filters.tag.trim() } : {}),
        ...(filters.hasOverdueTask ? { hasOverdueTask: true } : {}),
        ...(filters.sort === 'deadline' ? { sort: 'deadline' as const } : {}),
        offset: page * CASE_PAGE_SIZE,
        limit: CASE_PAGE_SIZE,
      });
      if (requestedFor !== generation.current) return;
      inFlight.current.delete(page);
      if (!result.ok) {
        setState((s) => ({ ...s, error: result.error }));
        return;
      }
      loaded.current.add(page);
      setState((s) => {
        const pages = new Map(s.pages);
        pages.set(page, result.value.rows);
        return { ...s, total: result.value.total, pages, error: null };
      });
    },
    [filters],
  );

  // A new filter set starts over from the first page.
  useEffect(() => {
    generation.current += 1;
    inFlight.current = new Set();
    loaded.current = new Set();
    setState({ generation: generation.current, total: null, pages: new Map(), error: null });
    void loadPage(0);
  }, [loadPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / CASE_PAGE_SIZE); page <= Math.floor(last / CASE_PAGE_SIZE); page += 1) {
        void loadPage(page);
      }
    },
    [loadPage],
  );

  const rowAt = useCallback(
    (index: number): CaseRow | undefined =>
      state.pages.get(Math.floor(index / CASE_PAGE_SIZE))?.[index % CASE_PAGE_SIZE],
    [state.pages],
  );

  const retry = useCallback(() => {
    setState((s) => ({ ...s, error: null }));
    void loadPage(0);
  }, [loadPage]);

  return { total: state.total, error: state.error, rowAt, ensureRange, retry };
}
