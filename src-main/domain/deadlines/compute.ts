import type {
  DeadlineResult,
  DeadlineRule,
  DeadlineStart,
  DeadlineStep,
  DeadlineWarning,
} from '../../shared/schemas/deadlines';
import { addDays, type CivilDate, isCivilDate, yearsBetween } from './civil-date';
import { countFrom } from './count';
import { DeadlineInputError } from './errors';
import { type HolidayCalendar, uncoveredYears } from './holiday-calendar';

export interface ComputeOptions {
  calendar: HolidayCalendar;
}

/** Tebligat Kanunu art. 7/a: deemed served at the end of the 5th day after delivery. */
export const E_NOTIFICATION_DEEMED_AFTER_DAYS = 5;

function requireDate(value: string, field: string): CivilDate {
  if (!isCivilDate(value))
    throw new DeadlineInputError('invalidDate', `${field} is not a valid YYYY-MM-DD date`, field);
  return value;
}

/**
 * Computes the last day of `rule` from `start`. Whenever the law is unsure the result is the
 * earlier date and a warning says why (research: "always compute the conservative date").
 * Throws DeadlineInputError for a rule without a period or for impossible dates.
 */
export function compute(rule: DeadlineRule, start: DeadlineStart, options: ComputeOptions): DeadlineResult {
  const { period } = rule;
  if (period === null) {
    throw new DeadlineInputError('noPeriod', `Rule ${rule.id} has no time limit; track it as a task`);
  }
  const { calendar } = options;
  const steps: DeadlineStep[] = [];
  const warnings: DeadlineWarning[] = [];
  if (rule.confidence === 'U') warnings.push({ code: 'unsureRule' });

  let notifiedOn: CivilDate;
  let firstDay: CivilDate;
  let alternativeFrom: CivilDate | undefined;
  if (start.kind === 'notification') {
    notifiedOn = requireDate(start.date, 'date');
    firstDay = notifiedOn;
    steps.push({ code: 'start', date: notifiedOn, startsFrom: rule.startsFrom });
  } else {
    const deliveredOn = requireDate(start.deliveredOn, 'deliveredOn');
    const deemedOn = addDays(deliveredOn, E_NOTIFICATION_DEEMED_AFTER_DAYS);
    firstDay = deliveredOn;
    notifiedOn = deemedOn;
    steps.push({ code: 'eNotificationDelivered', date: deliveredOn, deemedOn });
    if (start.openedOn !== undefined) {
      const openedOn = requireDate(start.openedOn, 'openedOn');
      if (openedOn < deliveredOn) {
        throw new DeadlineInputError('openedBeforeDelivery', 'openedOn is before deliveredOn', 'openedOn');
      }
      // Courts are split on an earlier opening; the earlier date is the conservative one.
      const used = openedOn < deemedOn;
      steps.push({ code: 'eNotificationOpened', date: openedOn, deemedOn, used });
      if (used) {
        notifiedOn = openedOn;
        alternativeFrom = deemedOn;
      }
    }
  }

  const counted = countFrom(rule, period, notifiedOn, calendar);
  steps.push(...counted.steps);
  warnings.push(...counted.warnings);

  if (alternativeFrom !== undefined) {
    const dueIfDeemed = countFrom(rule, period, alternativeFrom, calendar).due;
    warnings.push({ code: 'eNotificationOpenedEarlier', openedOn: notifiedOn, deemedOn: alternativeFrom, dueIfDeemed });
  }

  const missing = uncoveredYears(calendar, yearsBetween(firstDay, counted.due));
  if (missing.length > 0) warnings.push({ code: 'yearNotCovered', years: missing });

  return {
    ruleId: rule.id,
    due: counted.due,
    steps,
    legalBasis: { tr: rule.legalBasisTr, en: rule.legalBasisEn },
    confidence: rule.confidence,
    warnings,
  };
}
