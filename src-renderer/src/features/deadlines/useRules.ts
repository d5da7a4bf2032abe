import { useInvokeQuery } from '../../api/query';
import type { DeadlineRuleView } from './types';

/**
 * Every rule: the case's own type filters them in the dialog, and the list needs the names of
 * rules a lawyer picked with "show all rules". `null` while loading; a failed read is no rules.
 */
export function useRules(): DeadlineRuleView[] | null {
  const query = useInvokeQuery('deadlines:rules', {}, { select: (v) => v.rules });
  if (query.status === 'pending') return null;
  return query.status === 'success' ? query.data : [];
}
