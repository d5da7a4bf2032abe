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

/** The case's documents (newest first, as the backend orders them) and a reload. */
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
  return { state, reload };
}
