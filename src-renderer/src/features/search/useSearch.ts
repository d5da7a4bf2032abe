import { useState } from 'react';
import { useInvokeQuery } from '../../api/query';
import { useDebounced } from '../../components/useDebounced';
import type { AppErrorShape } from '@shared/errors';
import type { SearchResult } from '@shared/schemas/casefile-views';
import type { GlossaryTerm } from '@shared/schemas/glossary';

const DEBOUNCE_MS = 150;
const LIMIT = 40;

export interface SearchState {
  results: SearchResult[];
  /** Glossary terms the same text finds (issue 16); they open the glossary at that term. */
  glossary: GlossaryTerm[];
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
  // The glossary is shipped data, not the vault: a second, cheap query on the same settled text.
  const glossary = useInvokeQuery('glossary:search', settled === '' ? null : { query: settled }, {
    keepPrevious: true,
  });
  const current = search.status === 'error' || (search.status === 'success' && !search.isPlaceholderData);
  const [answered, setAnswered] = useState('');
  if (settled !== '' && current && answered !== settled) setAnswered(settled);
  if (typed === '') return { results: [], glossary: [], answered: '', busy: false, error: null };
  return {
    results: search.status === 'error' ? [] : (search.data?.results ?? []),
    glossary: glossary.data?.terms ?? [],
    answered,
    busy: answered !== typed,
    error: search.error?.shape ?? null,
  };
}
