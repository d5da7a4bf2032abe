import type { CaseStatus } from '@shared/schemas/cases';
import type { CaseType } from '@shared/schemas/deadlines';

export interface CaseListFilters {
  search: string;
  type: CaseType | undefined;
  status: CaseStatus | undefined;
  tag: string;
  hasOverdueTask: boolean;
  /** Newest opened first, or the nearest open legal deadline first (issue 14). */
  sort?: 'opened' | 'deadline' | undefined;
}

export const NO_FILTERS: CaseListFilters = {
  search: '',
  type: undefined,
  status: undefined,
  tag: '',
  hasOverdueTask: false,
};

/** Key for the router's view memory (kept for the unlocked session, dropped on lock). */
export const CASE_LIST_VIEW_KEY = 'cases:list-filters';
