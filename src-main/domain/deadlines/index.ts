/** The deadline engine: pure functions over validated data (see resources/deadline-rules.json). */
export * from './civil-date';
export { compute, type ComputeOptions, E_NOTIFICATION_DEEMED_AFTER_DAYS } from './compute';
export { DeadlineInputError, type DeadlineInputErrorCode } from './errors';
export { explainResult, explainStep, explainSteps, explainWarning, type ExplainLanguage } from './explain';
export { createHolidayCalendar, type HolidayCalendar } from './holiday-calendar';
export { DEFAULT_INTERNAL_WORKING_DAYS, internalDueDate, MAX_INTERNAL_WORKING_DAYS } from './internal-deadline';
export { isInJudicialRecess } from './judicial-recess';
export { parseDeadlineRules, parseHolidays, type ParseResult } from './load';
export { monthlyReviewDates } from './monthly-reviews';
export { forumName, startsFromLabel } from './words';
