import { useCallback } from 'react';
import { useInvalidate, useInvokeQuery } from '../../api/query';
import type { ChannelOutput } from '@shared/contract';

export type ReportsStatus = ChannelOutput<'reports:status'>;

/** The vault's report role, read again after any step that changes it (trust, org setup). */
export function useReportsStatus() {
  const query = useInvokeQuery('reports:status', {});
  const invalidate = useInvalidate();
  const reload = useCallback(() => invalidate(['reports:status']), [invalidate]);
  return { status: query.data ?? null, error: query.error?.shape ?? null, reload };
}
