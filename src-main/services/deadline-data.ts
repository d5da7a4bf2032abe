import holidaysJson from '../../resources/holidays-tr.json' with { type: 'json' };
import rulesJson from '../../resources/deadline-rules.json' with { type: 'json' };
import { createHolidayCalendar, type HolidayCalendar } from '../domain/deadlines/holiday-calendar';
import { parseDeadlineRules, parseHolidays } from '../domain/deadlines/load';
import type { DeadlineRule, HolidaysFile, JudicialRecessLaw } from '../shared/schemas/deadlines';

export interface DeadlineData {
  rules: readonly DeadlineRule[];
  /** İYUK 61(1) as recorded in the rules file: window, wording, source. */
  judicialRecess: JudicialRecessLaw;
  holidays: HolidaysFile;
  calendar: HolidayCalendar;
  ruleById: (id: string) => DeadlineRule | undefined;
}

/** A shipped data file failed validation: the app must refuse to compute rather than guess. */
export class DeadlineDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineDataError';
  }
}

/** Validates both files (already parsed JSON) and builds the lookups. Throws DeadlineDataError. */
export function buildDeadlineData(rulesInput: unknown, holidaysInput: unknown): DeadlineData {
  const rules = parseDeadlineRules(rulesInput);
  const holidays = parseHolidays(holidaysInput);
  const errors = [rules, holidays].flatMap((r) => (r.ok ? [] : [r.error]));
  if (!rules.ok || !holidays.ok) throw new DeadlineDataError(errors.join('\n'));
  const byId = new Map(rules.value.rules.map((rule) => [rule.id, rule]));
  return {
    rules: rules.value.rules,
    judicialRecess: rules.value.judicialRecess,
    holidays: holidays.value,
    calendar: createHolidayCalendar(holidays.value),
    ruleById: (id) => byId.get(id),
  };
}

let cached: DeadlineData | undefined;

/**
 * The data shipped in resources/, bundled as JSON modules (works in vite, tsx, vitest and
 * Playwright) and validated on first use; later calls reuse the result.
 */
export function loadDeadlineData(): DeadlineData {
  cached ??= buildDeadlineData(rulesJson, holidaysJson);
  return cached;
}
