import { useCallback, useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';
import type { DocumentView } from '@shared/schemas/documents';

export type DocumentsState =
  { kind: 'loading' } | { kind: 'error'; error: AppErrorShape } | { kind: 'ready'; documents: DocumentView[] };

async function fetchDocuments(caseId: string): Promise<DocumentsState> {
  const result = await invoke('documents:list', { caseId });
  return result.ok ? { kind: 'ready', documents: result.value.documents } : { kind: 'error', error: result.error };
}

/** How often to ask whether a PDF's text reached the search index, while one is pending. */
const TEXT_POLL_MS = 1500;

/**
 * The case's documents (newest first, as the backend orders them) and a reload. While a PDF's
 * text is still being read for search (`textPending`), a light background poll clears the mark
 * as soon as it is done.
 */
export function useDocuments(caseId: string): { state: DocumentsState; reload: () => Promise<void> } {
  const [state, setState] = useState<DocumentsState>({ kind: 'loading' });
  const reload = useCallback(async (): Promise<void> => setState(await fetchDocuments(caseId)), [caseId]);
  useEffect(() => {
    let current = true;
    void fetchDocuments(caseId).then((loaded) => {
      if (current) setState(loaded);
    });
    return () => {
      current = false;
    };
  }, [caseId]);
  const pending = state.kind === 'ready' && state.documents.some((d) => d.textPending);
  useEffect(() => {
    if (!pending) return;
    let current = true;
    const timer = setTimeout(() => {
      void invoke('documents:textStatus', { caseId }).then((result) => {
        if (!current || !result.ok) return;
        const still = new Set(result.value.pending);
        setState((s) =>
          s.kind === 'ready'
            ? { ...s, documents: s.documents.map((d) => ({ ...d, textPending: still.has(d.id) })) }
            : s,
        );
      });
    }, TEXT_POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [caseId, pending, state]);
  return { state, reload };
}
