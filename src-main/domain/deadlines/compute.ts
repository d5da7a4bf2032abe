import type {
  CaseType,
  DeadlineResult,
  DeadlineRule,
  DeadlineStart,
  DeadlineStep,
  DeadlineWarning,
  RecessChoice,
} from '../../shared/schemas/deadlines';
import { addDays, type CivilDate, isCivilDate, yearsBetween } from './civil-date';
import { countFrom } from './count';
import { DeadlineInputError } from './errors';
import { type HolidayCalendar, uncoveredYears } from './holiday-calendar';

export interface ComputeOptions {
  calendar: HolidayCalendar;
  /** Whether the case's court takes the judicial recess (İYUK 61(1)); default 'unsure'. */
  recess?: RecessChoice | undefined;
  /** The case's type, when known: a remedy that does not exist for it is refused. */
  caseType?: CaseType | undefined;
}

/** Tebligat Kanunu art. 7/a: deemed served at the end of the 5th day after delivery. */
export const E_NOTIFICATION_DEEMED_AFTER_DAYS = 5;

function requireDate(value: string, field: string): CivilDate {
  if (!isCivilDate(value))
    throw new DeadlineInputError('invalidDate', `${field} is not a valid YYYY-MM-DD date`, field);
  return value;
}

interface Origin {
  /** The day counting runs from (notification, or the first day of detention). */
  from: CivilDate;
  /** The earliest date involved, for the holiday-table coverage check. */
  firstDay: CivilDate;
  steps: DeadlineStep[];
  warnings: DeadlineWarning[];
  /** Counting from the statutory service date instead of an earlier opening. */
  deemedAlternative?: CivilDate;
}

/** Where the clock starts, as steps; refuses a start of the wrong kind for the rule. */
function originOf(rule: DeadlineRule, start: DeadlineStart): Origin {
  const detentionRule = rule.startsFrom === 'detention-start';
  if (detentionRule !== (start.kind === 'detention')) {
    throw new DeadlineInputError(
      'startKindMismatch',
      detentionRule ? `Rule ${rule.id} runs from the start of detention` : `Rule ${rule.id} runs from a notification`,
      detentionRule ? 'startedOn' : 'date',
    );
  }
  switch (start.kind) {
    case 'notification': {
      const date = requireDate(start.date, 'date');
      return {
        from: date,
        firstDay: date,
        steps: [{ code: 'start', date, startsFrom: rule.startsFrom }],
        warnings: [],
      };
    }
    case 'detention': {
      const date = requireDate(start.startedOn, 'startedOn');
      const warnings: DeadlineWarning[] = start.orderDateOnly ? [{ code: 'detentionOrderDateOnly', date }] : [];
      return { from: date, firstDay: date, steps: [{ code: 'start', date, startsFrom: rule.startsFrom }], warnings };
    }
    case 'e-notification': {
      const deliveredOn = requireDate(start.deliveredOn, 'deliveredOn');
      const deemedOn = addDays(deliveredOn, E_NOTIFICATION_DEEMED_AFTER_DAYS);
      const steps: DeadlineStep[] = [{ code: 'eNotificationDelivered', date: deliveredOn, deemedOn }];
      if (start.openedOn === undefined) return { from: deemedOn, firstDay: deliveredOn, steps, warnings: [] };
      const openedOn = requireDate(start.openedOn, 'openedOn');
      if (openedOn < deliveredOn) {
        throw new DeadlineInputError('openedBeforeDelivery', 'openedOn is before deliveredOn', 'openedOn');
      }
      const used = openedOn < deemedOn;
      // For the Constitutional Court the opening is the date of learning (Law 6216 art. 47(5)):
      // the legal start, not a precaution. For court periods the statute makes the 5th day the
      // service date; counting from an earlier opening is the conservative choice.
      const asLearning = rule.forum === 'constitutional-court';
      steps.push({
        code: 'eNotificationOpened',
        date: openedOn,
        deemedOn,
        used,
        ...(asLearning ? { asLearning } : {}),
      });
      if (!used) return { from: deemedOn, firstDay: deliveredOn, steps, warnings: [] };
      return {
        from: openedOn,
        firstDay: deliveredOn,
        steps,
        warnings: [],
        ...(asLearning ? {} : { deemedAlternative: deemedOn }),
      };
    }
  }
}

/**
 * Computes the last day of `rule` from `start`. Whenever the law is unsure the result is the
 * earlier date and a warning names the later one and says why. Throws DeadlineInputError for a
 * rule without a period, a start of the wrong kind, impossible dates, or a remedy that does not
 * exist for the case type.
 */
export function compute(rule: DeadlineRule, start: DeadlineStart, options: ComputeOptions): DeadlineResult {
  const { period } = rule;
  if (period === null) {
    throw new DeadlineInputError('noPeriod', `Rule ${rule.id} has no time limit; track it as a task`);
  }
  if (options.caseType !== undefined && rule.unavailableFor.some((u) => u.caseType === options.caseType)) {
    throw new DeadlineInputError('unavailableForCaseType', `Rule ${rule.id} does not exist for ${options.caseType}`);
  }
  const { calendar } = options;
  const recess = options.recess ?? 'unsure';
  const origin = originOf(rule, start);
  const warnings: DeadlineWarning[] = [];
  if (rule.confidence === 'U') warnings.push({ code: 'unsureRule' });
  warnings.push(...origin.warnings);

  const countOptions = { calendar, recess, firstDayCounts: start.kind === 'detention' };
  const counted = countFrom(rule, period, origin.from, countOptions);
  warnings.push(...counted.warnings);

  if (origin.deemedAlternative !== undefined) {
    const dueIfDeemed = countFrom(rule, period, origin.deemedAlternative, countOptions).due;
    warnings.push({
      code: 'eNotificationOpenedEarlier',
      openedOn: origin.from,
      deemedOn: origin.deemedAlternative,
      dueIfDeemed,
    });
  }
  if (rule.finalJudgmentBasis) warnings.push({ code: 'istinafDoesNotStop', basis: rule.finalJudgmentBasis });

  const missing = uncoveredYears(calendar, yearsBetween(origin.firstDay, counted.due));
  if (missing.length > 0) warnings.push({ code: 'yearNotCovered', years: missing });

  return {
    ruleId: rule.id,
    due: counted.due,
    recess,
    steps: [...origin.steps, ...counted.steps],
    legalBasis: { tr: rule.legalBasisTr, en: rule.legalBasisEn },
    confidence: rule.confidence,
    warnings,
  };
}
