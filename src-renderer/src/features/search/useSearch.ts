import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import { useDebounced } from '../../components/useDebounced';
import type { AppErrorShape } from '@shared/errors';
import type { SearchResult } from '@shared/schemas/casefile-views';

const DEBOUNCE_MS = 150;
const LIMIT = 40;

export interface SearchState {
  results: SearchResult[];
  /** The query the results belong to; differs from the typed one while a search is on its way. */
  answered: string;
  busy: boolean;
  error: AppErrorShape | null;
}

/** `search:query` for the typed text, debounced; an older answer never replaces a newer one. */
export function useSearch(query: string): SearchState {
  const typed = query.trim();
  const settled = useDebounced(typed, DEBOUNCE_MS);
  const [state, setState] = useState<Omit<SearchState, 'busy'>>({ results: [], answered: '', error: null });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    if (settled === '') return;
    void invoke('search:query', { query: settled, limit: LIMIT }).then((result) => {
      if (ticket !== latest.current) return;
      setState(
        result.ok
          ? { results: result.value.results, answered: settled, error: null }
          : { results: [], answered: settled, error: result.error },
      );
    });
  }, [settled]);
  if (typed === '') return { results: [], answered: '', busy: false, error: null };
  return { ...state, busy: state.answered !== typed };
}
