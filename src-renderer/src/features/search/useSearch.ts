import { useState } from 'react';
import { useInvokeQuery } from '../../api/query';
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

/** `search:query` for the typed text, debounced; the last answer stays until the next one is in. */
export function useSearch(query: string): SearchState {
  const typed = query.trim();
  const settled = useDebounced(typed, DEBOUNCE_MS);
  const search = useInvokeQuery('search:query', settled === '' ? null : { query: settled, limit: LIMIT }, {
    keepPrevious: true,
  });
  const current = search.status === 'error' || (search.status === 'success' && !search.isPlaceholderData);
  const [answered, setAnswered] = useState('');
  if (settled !== '' && current && answered !== settled) setAnswered(settled);
  if (typed === '') return { results: [], answered: '', busy: false, error: null };
  return {
    results: search.status === 'error' ? [] : (search.data?.results ?? []),
    answered,
    busy: answered !== typed,
    error: search.error?.shape ?? null,
  };
}
