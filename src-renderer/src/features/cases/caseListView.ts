import type { CaseStatus } from '@shared/schemas/cases';
import type { CaseType } from '@shared/schemas/deadlines';

export interface CaseListFilters {
  search: string;
  type: CaseType | undefined;
  status: CaseStatus | undefined;
  tag: string;
  hasOverdueTask: boolean;
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
