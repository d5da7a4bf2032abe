import { useCallback } from 'react';
import { useInvalidate, useInvokeQuery } from '../../api/query';
import type { AppErrorShape } from '@shared/errors';
import type { DocumentView } from '@shared/schemas/documents';

export type DocumentsState =
  { kind: 'loading' } | { kind: 'error'; error: AppErrorShape } | { kind: 'ready'; documents: DocumentView[] };

/** How often to ask whether a PDF's text reached the search index, while one is pending. */
const TEXT_POLL_MS = 1500;

/**
 * The case's documents (newest first, as the backend orders them) and a reload. While a PDF's
 * text is still being read for search (`textPending`), a light background poll clears the mark
 * as soon as it is done.
 */
export function useDocuments(caseId: string): { state: DocumentsState; reload: () => Promise<void> } {
  const invalidate = useInvalidate();
  // After an upload (which goes through transfer.ts, not a mutation) the list and versions change.
  const reload = useCallback(() => invalidate(['documents:list', 'documents:versions']), [invalidate]);
  const list = useInvokeQuery('documents:list', { caseId }, { select: (v) => v.documents });
  const anyPending = list.data?.some((d) => d.textPending) ?? false;
  const status = useInvokeQuery(
    'documents:textStatus',
    { caseId },
    { enabled: anyPending, refetchInterval: (v) => (v && v.pending.length === 0 ? false : TEXT_POLL_MS) },
  );
  if (list.status === 'pending') return { state: { kind: 'loading' }, reload };
  if (list.status === 'error') return { state: { kind: 'error', error: list.error.shape }, reload };
  // A poll answer older than the list (a new upload since) says nothing about the new document.
  const still =
    anyPending && status.data && status.dataUpdatedAt >= list.dataUpdatedAt ? new Set(status.data.pending) : null;
  const documents = still ? list.data.map((d) => ({ ...d, textPending: d.textPending && still.has(d.id) })) : list.data;
  return { state: { kind: 'ready', documents }, reload };
}
