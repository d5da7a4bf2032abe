import { loadDeadlineData } from '../../../src-main/services/deadline-data';
import type { DeadlineRule } from '../../../src-main/shared/schemas/deadlines';

/** The shipped data files, validated exactly as the app validates them. */
export const data = loadDeadlineData();
export const calendar = data.calendar;

export function rule(id: string, overrides: Partial<DeadlineRule> = {}): DeadlineRule {
  const found = data.ruleById(id);
  if (!found) throw new Error(`test needs rule ${id}`);
  return { ...found, ...overrides };
}
