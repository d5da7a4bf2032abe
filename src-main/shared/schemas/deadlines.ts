import { z } from 'zod';
import { LIMITS } from '../limits';

/**
 * Schemas for the two deadline data files in `resources/` and for the engine's result.
 * The renderer imports these, so this file stays zod-only. Steps and warnings are data
 * (a code plus parameters), never sentences: the UI and the CLI render them in tr or en.
 */

/** A civil date 'YYYY-MM-DD'; zod's ISO date check rejects impossible days such as 2027-02-30. */
export const civilDateSchema = z.iso.date().max(LIMITS.civilDate);

/**
 * How certain a rule's basis is: S = verified (statute text or several sources), L = likely,
 * U = uncertain (always shown with a warning). Codes only: screens and the CLI show the words
 * "Dayanak: doğrulandı / muhtemel / belirsiz" ("Basis: verified / likely / uncertain").
 */
export const CONFIDENCE_LEVELS = ['S', 'L', 'U'] as const;
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

export const CASE_TYPES = [
  'removal-appeal',
  'administrative-detention',
  'international-protection',
  'temporary-protection',
  'residence-permit',
  'citizenship',
  'family-reunification',
  'statelessness',
  'access-to-rights',
  'constitutional-court',
  'ecthr',
  'criminal',
  'other',
] as const;
export const caseTypeSchema = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof caseTypeSchema>;

export const FORUMS = [
  'administrative-court',
  'criminal-judgeship-of-peace',
  'ip-evaluation-commission',
  'regional-administrative-court',
  'council-of-state',
  'constitutional-court',
  'ecthr',
] as const;
export const forumSchema = z.enum(FORUMS);
export type Forum = z.infer<typeof forumSchema>;

/** What starts the clock; 'none' for rules that are tasks without a time limit. */
export const STARTS_FROM = [
  'notification',
  'written-notification',
  'judgment-notification',
  /** The day detention actually began (custody before the written order included); it is day one. */
  'detention-start',
  'final-decision',
  'exhaustion-or-knowledge',
  'none',
] as const;
export const startsFromSchema = z.enum(STARTS_FROM);
export type StartsFrom = z.infer<typeof startsFromSchema>;

/**
 * İYUK art. 8(3) extends periods ending in the recess — but only before courts that take it
 * (İYUK 61(1), second sentence): 'extends' therefore depends on the case's court (RecessChoice).
 * Matters a law requires to be decided within a fixed time (art. 62 duty courts) are not
 * extended; 'unsure' is treated as not extended, with a warning. 'not-applicable' is for periods
 * outside İYUK (ECtHR, Constitutional Court, administrative limits on detention).
 */
export const JUDICIAL_RECESS_MODES = [
  'extends',
  'urgent-no-extension',
  'unsure-no-extension',
  'not-applicable',
] as const;
export const judicialRecessModeSchema = z.enum(JUDICIAL_RECESS_MODES);
export type JudicialRecessMode = z.infer<typeof judicialRecessModeSchema>;

/**
 * Whether the court of a case takes the judicial recess (İYUK 61(1)): a fact about the court.
 * 'unsure' (the default) computes the unextended date and shows the extended one beside it.
 */
export const RECESS_CHOICES = ['taken', 'not-taken', 'unsure'] as const;
export const recessChoiceSchema = z.enum(RECESS_CHOICES);
export type RecessChoice = z.infer<typeof recessChoiceSchema>;

/**
 * A last day on a weekend or holiday: 'extends' to the next working day (İYUK 8(2), HMK 93);
 * 'not-extended' (calendar periods such as the ECtHR's, limits on the administration);
 * 'disputed': practice is split, so the due date stays the earlier day and the warning names
 * the working day to act by and the possibly extended day.
 */
export const NON_WORKING_LAST_DAY = ['extends', 'not-extended', 'disputed'] as const;
export const nonWorkingLastDaySchema = z.enum(NON_WORKING_LAST_DAY);
export type NonWorkingLastDay = z.infer<typeof nonWorkingLastDaySchema>;

export const periodSchema = z.strictObject({
  amount: z.number().int().positive().max(1000),
  unit: z.enum(['days', 'months']),
});
export type Period = z.infer<typeof periodSchema>;

const text = z.string().trim().min(1);

export const deadlineRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  nameTr: text,
  nameEn: text,
  /** null: no time limit (detention review, Rule 39) — shown as a task, never computed. */
  period: periodSchema.nullable(),
  startsFrom: startsFromSchema,
  forum: forumSchema.nullable(),
  legalBasisTr: text,
  legalBasisEn: text,
  confidence: confidenceSchema,
  onNonWorkingLastDay: nonWorkingLastDaySchema,
  judicialRecess: judicialRecessModeSchema,
  caseTypes: z.array(caseTypeSchema).min(1),
  /**
   * Case types for which this remedy does not exist (istinaf against judgments a law makes
   * final): never offered for them, even under "show all rules", and refused if asked for.
   */
  unavailableFor: z.array(z.strictObject({ caseType: caseTypeSchema, basisTr: text, basisEn: text })).default([]),
  /**
   * The judgment this remedy is against is final by statute: the engine warns that an istinaf
   * attempt does not stop this period.
   */
  finalJudgmentBasis: z.strictObject({ tr: text, en: text }).optional(),
  /** Rules that usually follow this one (Constitutional Court → ECtHR), shown as the next step. */
  next: z.array(z.string()).default([]),
  /**
   * Reminders the law calls for alongside this deadline, created with it: the monthly review of
   * pre-removal detention (YUKK 57(4)), each month from the start of detention to the maximum.
   */
  repeatingReminders: z.array(z.enum(['monthly-detention-review'])).default([]),
  notesTr: text,
  notesEn: text,
  lastChecked: civilDateSchema,
  source: text,
});
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');

/**
 * The judicial recess of the administrative courts as the law states it: the window, the
 * extension, and İYUK 61(1) word for word with where the wording was read.
 */
export const judicialRecessLawSchema = z.strictObject({
  firstDay: monthDay,
  lastDay: monthDay,
  extendedTo: monthDay,
  basisTr: text,
  basisEn: text,
  /** İYUK 61(1) as in force, verbatim. */
  wordingTr: text,
  /** Its amendment history as printed with the text. */
  historyTr: text,
  source: text,
  confidence: confidenceSchema,
  lastChecked: civilDateSchema,
});
export type JudicialRecessLaw = z.infer<typeof judicialRecessLawSchema>;

export const deadlineRulesFileSchema = z
  .strictObject({
    format: z.literal('emanet-deadline-rules'),
    version: z.literal(2),
    judicialRecess: judicialRecessLawSchema,
    rules: z.array(deadlineRuleSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `duplicate rule id "${rule.id}"` });
      }
      seen.add(rule.id);
      if ((rule.period === null) !== (rule.startsFrom === 'none')) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'startsFrom'],
          message: 'a rule without a period starts from "none", and only such a rule does',
        });
      }
      rule.unavailableFor.forEach((u, i) => {
        if ((rule.caseTypes as readonly string[]).includes(u.caseType)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', index, 'unavailableFor', i, 'caseType'],
            message: `"${u.caseType}" is both offered and unavailable`,
          });
        }
      });
    });
    const ids = new Set(file.rules.map((r) => r.id));
    file.rules.forEach((rule, index) => {
      rule.next.forEach((id, i) => {
        if (!ids.has(id))
          ctx.addIssue({ code: 'custom', path: ['rules', index, 'next', i], message: `unknown rule id "${id}"` });
      });
    });
  });
export type DeadlineRulesFile = z.infer<typeof deadlineRulesFileSchema>;

export const HOLIDAY_KINDS = ['fixed', 'ramazan', 'kurban', 'arife-half', 'oct28-half'] as const;
export const holidayKindSchema = z.enum(HOLIDAY_KINDS);
export type HolidayKind = z.infer<typeof holidayKindSchema>;

export const holidayDaySchema = z.strictObject({
  date: civilDateSchema,
  kind: holidayKindSchema,
  /** Law 2429: arife and 28 October are holidays from 13:00 only. */
  half: z.boolean(),
  nameTr: text,
  nameEn: text,
});
export type HolidayDay = z.infer<typeof holidayDaySchema>;

export const holidayYearSchema = z.strictObject({
  year: z.number().int().min(2000).max(2200),
  confidence: confidenceSchema,
  checkedDate: civilDateSchema,
  source: text,
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;

const HALF_KINDS: ReadonlySet<HolidayKind> = new Set(['arife-half', 'oct28-half']);

export const holidaysFileSchema = z
  .strictObject({
    format: z.literal('emanet-holidays-tr'),
    version: z.literal(1),
    law: text,
    notes: text,
    years: z.array(holidayYearSchema).min(1),
    days: z.array(holidayDaySchema).min(1),
  })
  .superRefine((file, ctx) => {
    const years = new Set<number>();
    file.years.forEach((y, index) => {
      if (years.has(y.year)) {
        ctx.addIssue({ code: 'custom', path: ['years', index, 'year'], message: `duplicate year ${y.year}` });
      }
      years.add(y.year);
    });
    const seen = new Set<string>();
    file.days.forEach((day, index) => {
      const key = `${day.date}/${day.kind}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['days', index], message: `duplicate holiday ${key}` });
      }
      seen.add(key);
      if (!years.has(Number(day.date.slice(0, 4)))) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', index, 'date'],
          message: `${day.date} is in a year the file does not declare in "years"`,
        });
      }
      if (day.half !== HALF_KINDS.has(day.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['days', index, 'half'],
          message: `kind "${day.kind}" must have half: ${String(HALF_KINDS.has(day.kind))}`,
        });
      }
    });
  });
export type HolidaysFile = z.infer<typeof holidaysFileSchema>;

// ---- Engine input and result ----------------------------------------------------------------

export const deadlineStartSchema = z.discriminatedUnion('kind', [
  /** Served by hand or by post: the day of notification (tebliğ). */
  z.strictObject({ kind: z.literal('notification'), date: civilDateSchema }),
  z.strictObject({
    kind: z.literal('e-notification'),
    deliveredOn: civilDateSchema,
    openedOn: civilDateSchema.optional(),
  }),
  /**
   * Detention maximums (YUKK 57(3), 68(5)) run from the actual start of detention, custody
   * before the written order included; `orderDateOnly` says the lawyer only knows the order's date.
   */
  z.strictObject({
    kind: z.literal('detention'),
    startedOn: civilDateSchema,
    orderDateOnly: z.boolean().optional(),
  }),
]);
export type DeadlineStart = z.infer<typeof deadlineStartSchema>;

/** The dates a start carries, by field, for the "not in the future" check of every channel that takes one. */
export function startDates(start: DeadlineStart): Array<[string, string]> {
  switch (start.kind) {
    case 'notification':
      return [['date', start.date]];
    case 'e-notification':
      return [
        ['deliveredOn', start.deliveredOn],
        ...(start.openedOn ? [['openedOn', start.openedOn] as [string, string]] : []),
      ];
    case 'detention':
      return [['startedOn', start.startedOn]];
  }
}

/** A holiday's names, carried in steps so that rendering needs no second lookup. */
export const holidayNameSchema = z.strictObject({ nameTr: z.string(), nameEn: z.string() });
export type HolidayName = z.infer<typeof holidayNameSchema>;

const date = civilDateSchema;

export const deadlineStepSchema = z.discriminatedUnion('code', [
  /** The event that starts the clock (notification, detention order, final decision…). */
  z.strictObject({ code: z.literal('start'), date, startsFrom: startsFromSchema }),
  /** Tebligat Kanunu art. 7/a: deemed served at the end of the 5th day after delivery. */
  z.strictObject({ code: z.literal('eNotificationDelivered'), date, deemedOn: date }),
  /**
   * The lawyer opened it: `used` says whether the opening date replaced the deemed date;
   * `asLearning` that the opening is the date of learning (Constitutional Court), not a
   * conservative choice.
   */
  z.strictObject({
    code: z.literal('eNotificationOpened'),
    date,
    deemedOn: date,
    used: z.boolean(),
    asLearning: z.boolean().optional(),
  }),
  z.strictObject({ code: z.literal('countingStarts'), date }),
  /** Detention maximums: the first day of detention is day one. */
  z.strictObject({ code: z.literal('firstDayCounts'), date }),
  /**
   * The day the period ends before the recess and holiday rules ("sürenin bittiği gün").
   * `clampedFrom`: the day number that does not exist in the end month (e.g. 31 → 30).
   * `firstDayCounted`: the start was day one, so the period ends the day before.
   */
  z.strictObject({
    code: z.literal('periodEnds'),
    date,
    amount: z.number().int(),
    unit: z.enum(['days', 'months']),
    clampedFrom: z.number().int().optional(),
    firstDayCounted: z.boolean().optional(),
  }),
  z.strictObject({
    code: z.literal('nonWorkingDay'),
    date,
    weekend: z.boolean(),
    holidays: z.array(holidayNameSchema),
  }),
  z.strictObject({ code: z.literal('judicialRecess'), date, extendedTo: date }),
  z.strictObject({ code: z.literal('due'), date }),
]);
export type DeadlineStep = z.infer<typeof deadlineStepSchema>;

const holidays = z.array(holidayNameSchema);

export const deadlineWarningSchema = z.discriminatedUnion('code', [
  /** Basis uncertain (confidence U): the lawyer must confirm with the statute. */
  z.strictObject({ code: z.literal('unsureRule') }),
  /** Law 2429: the afternoon is a holiday; counting the day as a working day is the safe, disputed choice. */
  z.strictObject({ code: z.literal('lastDayHalfDay'), date, holidays }),
  /**
   * The rule does not extend (ECtHR, limits on detention) and the last day is not a working day.
   * `limit`: a limit on the administration rather than a filing period.
   */
  z.strictObject({
    code: z.literal('lastDayNonWorkingNotExtended'),
    date,
    weekend: z.boolean(),
    holidays,
    limit: z.boolean().optional(),
  }),
  /** Practice is split (Constitutional Court): the due date stays `date`; act by `actBy`. */
  z.strictObject({
    code: z.literal('lastDayNonWorkingDisputed'),
    date,
    weekend: z.boolean(),
    holidays,
    actBy: date,
    possiblyExtendedTo: date,
  }),
  /** The holiday table does not cover these years: only weekends were taken into account. */
  z.strictObject({ code: z.literal('yearNotCovered'), years: z.array(z.number().int()) }),
  /**
   * The count skipped bayram days whose dates are computed, not published: if they fall
   * otherwise, the last day would be `dueIfWorkingDays` instead.
   */
  z.strictObject({
    code: z.literal('uncertainHoliday'),
    dates: z.array(date),
    holidays,
    dueIfWorkingDays: date,
  }),
  /** İYUK 62(b): decided by the duty court during the recess, so the recess never extends it. */
  z.strictObject({ code: z.literal('recessNotAppliedUrgent'), date }),
  /** Whether İYUK 8(3) reaches this (non-İYUK) period is unsure: not extended; `extendedTo` if it did. */
  z.strictObject({ code: z.literal('recessNotAppliedUnsure'), date, extendedTo: date }),
  /** The court takes the recess: İYUK 8(3) applied. */
  z.strictObject({ code: z.literal('recessApplied'), date, extendedTo: date }),
  /** Not known whether the court takes the recess: the unextended date; `extendedTo` if it does. */
  z.strictObject({ code: z.literal('recessCourtUnknown'), date, extendedTo: date }),
  /** The court is one that takes no recess (İYUK 61(1), second sentence): no extension. */
  z.strictObject({ code: z.literal('recessCourtDoesNotTake'), date }),
  /** The last day was outside the recess; only the holiday shift moved it in: not extended. */
  z.strictObject({ code: z.literal('recessAfterHolidayShiftNotApplied'), date, shiftedTo: date }),
  /**
   * Opened before the 5th day: counted from the opening (conservative). For court periods the
   * statutory service date is the 5th day (Tebligat Kanunu 7/a): `dueIfDeemed` counts from it.
   */
  z.strictObject({ code: z.literal('eNotificationOpenedEarlier'), openedOn: date, deemedOn: date, dueIfDeemed: date }),
  /** Only the written order's date is known: custody before it counts, so the limit may be earlier. */
  z.strictObject({ code: z.literal('detentionOrderDateOnly'), date }),
  /** The judgment is final by statute: an istinaf attempt does not stop this period. */
  z.strictObject({ code: z.literal('istinafDoesNotStop'), basis: z.strictObject({ tr: z.string(), en: z.string() }) }),
]);
export type DeadlineWarning = z.infer<typeof deadlineWarningSchema>;

export const deadlineResultSchema = z.strictObject({
  ruleId: z.string(),
  due: civilDateSchema,
  /** What the computation assumed about the court's recess. */
  recess: recessChoiceSchema,
  steps: z.array(deadlineStepSchema),
  legalBasis: z.strictObject({ tr: z.string(), en: z.string() }),
  confidence: confidenceSchema,
  warnings: z.array(deadlineWarningSchema),
});
export type DeadlineResult = z.infer<typeof deadlineResultSchema>;
