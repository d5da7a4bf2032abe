import { useCallback, useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';
import type { DeadlineView, HearingView } from '@shared/schemas/deadline-views';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'error'; error: AppErrorShape };

export interface CaseDates {
  deadlines: DeadlineView[];
  hearings: HearingView[];
}

async function fetchDates(caseId: string): Promise<Loaded<CaseDates>> {
  const [deadlines, hearings] = await Promise.all([
    invoke('deadlines:list', { caseId }),
    invoke('hearings:list', { caseId }),
  ]);
  if (!deadlines.ok) return { kind: 'error', error: deadlines.error };
  if (!hearings.ok) return { kind: 'error', error: hearings.error };
  return { kind: 'ready', value: { deadlines: deadlines.value.deadlines, hearings: hearings.value.hearings } };
}

/** A case's deadlines and hearings, loaded together and reloaded after every change. */
export function useDeadlineData(caseId: string): { data: Loaded<CaseDates>; reload: () => Promise<void> } {
  const [data, setData] = useState<Loaded<CaseDates>>({ kind: 'loading' });

  const reload = useCallback(async (): Promise<void> => setData(await fetchDates(caseId)), [caseId]);

  useEffect(() => {
    let current = true;
    void fetchDates(caseId).then((loaded) => {
      if (current) setData(loaded);
    });
    return () => {
      current = false;
    };
  }, [caseId]);

  return { data, reload };
}
