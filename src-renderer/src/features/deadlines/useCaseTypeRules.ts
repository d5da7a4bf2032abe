import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';
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
  const [state, setState] = useState<{ caseType: string; value: CaseTypeRules } | null>(null);
  useEffect(() => {
    if (!isCaseType(caseType)) return;
    let current = true;
    void invoke('deadlines:rules', { caseType }).then((result) => {
      if (!current || !result.ok) return;
      setState({
        caseType,
        value: {
          rules: result.value.rules.filter((r) => r.period !== null),
          defaultRuleId: result.value.defaultRuleId,
        },
      });
    });
    return () => {
      current = false;
    };
  }, [caseType]);
  return state?.caseType === caseType ? state.value : null;
}
