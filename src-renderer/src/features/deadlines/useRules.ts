import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { DeadlineRuleView } from './types';

/**
 * Every rule, loaded once per section: the case's own type filters them in the dialog, and the
 * list needs the names of rules a lawyer picked with "show all rules".
 */
export function useRules(): DeadlineRuleView[] | null {
  const [rules, setRules] = useState<DeadlineRuleView[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void invoke('deadlines:rules', {}).then((result) => {
      if (!cancelled) setRules(result.ok ? result.value.rules : []);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return rules;
}
