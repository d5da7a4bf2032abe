import { COURT_SET_PERIOD_ID, courtSetPeriodRule } from '../../domain/deadlines/court-set-period';
import type { DeadlineData } from '../deadline-data';

/** The rule id of a court-set period of `days` days, as saved on its deadline. */
export const courtSetRuleId = (days: number): string => `${COURT_SET_PERIOD_ID}-${days}`;

const PATTERN = new RegExp(`^${COURT_SET_PERIOD_ID}-([1-9][0-9]{0,2})$`);

/**
 * The deadline data with court-set periods (`court-set-period-N`) resolvable by id, so the
 * deadline service computes, explains, saves and later recomputes them like any rule. They are
 * not listed among the rules: the lawyer reaches them from a hearing's interim decision.
 */
export function withCourtSetPeriods(data: DeadlineData): DeadlineData {
  return {
    ...data,
    ruleById: (id) => {
      const match = PATTERN.exec(id);
      const days = match ? Number(match[1]) : 0;
      return days >= 1 && days <= 365 ? courtSetPeriodRule(days) : data.ruleById(id);
    },
  };
}
