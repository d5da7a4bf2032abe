import { loadable, useInvokeQuery, type Loadable } from '../../api/query';
import type { DeadlineView, HearingView } from '@shared/schemas/deadline-views';

export interface CaseDates {
  deadlines: DeadlineView[];
  hearings: HearingView[];
}

/**
 * A case's deadlines and hearings, shown together. Both are cached reads: a change anywhere
 * (this section, a dialog) invalidates them, and the header's countdown shares the first.
 */
export function useDeadlineData(caseId: string): Loadable<CaseDates> {
  const deadlines = loadable(useInvokeQuery('deadlines:list', { caseId }, { select: (v) => v.deadlines }));
  const hearings = loadable(useInvokeQuery('hearings:list', { caseId }, { select: (v) => v.hearings }));
  if (deadlines.kind === 'error') return deadlines;
  if (hearings.kind === 'error') return hearings;
  if (deadlines.kind === 'loading' || hearings.kind === 'loading') return { kind: 'loading' };
  return { kind: 'ready', value: { deadlines: deadlines.value, hearings: hearings.value } };
}
