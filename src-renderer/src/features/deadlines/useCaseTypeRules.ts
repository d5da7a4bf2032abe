import { useInvokeQuery } from '../../api/query';
import { CASE_TYPES, type CaseType } from '@shared/schemas/deadlines';
import type { DeadlineRuleView } from './types';

const isCaseType = (value: string): value is CaseType => (CASE_TYPES as readonly string[]).includes(value);

export interface CaseTypeRules {
  /** The computable rules the case type may use (never a remedy unavailable to it). */
  rules: DeadlineRuleView[];
  /** The rule a first notification starts (the shortest, the conservative choice), if any. */
  defaultRuleId: string | null;
}

/** `deadlines:rules` for one case type; null while loading or when no type is chosen. */
export function useCaseTypeRules(caseType: string): CaseTypeRules | null {
  const known = isCaseType(caseType);
  const query = useInvokeQuery('deadlines:rules', known ? { caseType } : {}, {
    enabled: known,
    select: (v): CaseTypeRules => ({ rules: v.rules.filter((r) => r.period !== null), defaultRuleId: v.defaultRuleId }),
  });
  return known && query.data ? query.data : null;
}
