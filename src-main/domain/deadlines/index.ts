/** The deadline engine: pure functions over validated data (see shared/domain/deadlines-tr.md). */
export * from './civil-date';
export { compute, type ComputeOptions, E_NOTIFICATION_DEEMED_AFTER_DAYS } from './compute';
export { DeadlineInputError, type DeadlineInputErrorCode } from './errors';
export { explainResult, explainStep, explainSteps, explainWarning, type ExplainLanguage } from './explain';
export { createHolidayCalendar, type HolidayCalendar } from './holiday-calendar';
export { isInJudicialRecess } from './judicial-recess';
export { parseDeadlineRules, parseHolidays, type ParseResult } from './load';
export { forumName, startsFromLabel } from './words';
