import { CASE_TYPES, type DeadlineResult, type DeadlineRule, type DeadlineStart } from '../../shared/schemas/deadlines';
import { compute, type ComputeOptions } from './compute';

/** The id a court-set period's computation carries (never a rule of the rules file). */
export const COURT_SET_PERIOD_ID = 'court-set-period';

/**
 * A period the court sets in an interim decision (ara karar ile verilen kesin süre), as a rule
 * the engine can count: N days from the day the decision was pronounced or served, the first
 * day not counted, a last day on a holiday moving to the next working day, and the recess
 * extension asked of the lawyer like any other period before an administrative court. Counting
 * follows the same law as the statutory periods; whether a period is "kesin" is the court's word,
 * so the basis is "likely" and the lawyer checks the decision's own wording.
 */
export function courtSetPeriodRule(days: number): DeadlineRule {
  return {
    id: COURT_SET_PERIOD_ID,
    nameTr: `Ara kararla verilen kesin süre (${days} gün)`,
    nameEn: `Period set by an interim decision (${days} days)`,
    period: { amount: days, unit: 'days' },
    startsFrom: 'notification',
    forum: null,
    legalBasisTr: '2577 sayılı İYUK m. 8; 6100 sayılı HMK m. 92–94 (İYUK m. 31 yollamasıyla)',
    legalBasisEn: 'Law 2577 (İYUK) art. 8; Law 6100 (HMK) arts. 92–94 (through İYUK art. 31)',
    confidence: 'L',
    onNonWorkingLastDay: 'extends',
    judicialRecess: 'extends',
    caseTypes: [...CASE_TYPES],
    unavailableFor: [],
    next: [],
    repeatingReminders: [],
    notesTr: 'Süre, ara kararın yüzüne karşı bildirildiği ya da tebliğ edildiği günü izleyen günden başlar.',
    notesEn: 'The period runs from the day after the interim decision was pronounced in court or served.',
    lastChecked: '2026-12-03',
    source: 'İYUK art. 8 (counting, holidays, recess); HMK art. 94 (kesin süre)',
  };
}

/** The last day of a court-set period of `days` from `start`. */
export function computeCourtSetPeriod(days: number, start: DeadlineStart, options: ComputeOptions): DeadlineResult {
  return compute(courtSetPeriodRule(days), start, options);
}
