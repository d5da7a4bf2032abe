import { z } from 'zod';
import { LIMITS } from '../limits';

/**
 * Schemas for the two deadline data files in `resources/` and for the engine's result.
 * The renderer imports these, so this file stays zod-only. Steps and warnings are data
 * (a code plus parameters), never sentences: the UI and the CLI render them in tr or en.
 */

/** A civil date 'YYYY-MM-DD'; zod's ISO date check rejects impossible days such as 2027-02-30. */
export const civilDateSchema = z.iso.date().max(LIMITS.civilDate);

/** S = statute or several sources; L = likely; U = unsure, always shown with a warning. */
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
  'detention-order',
  'final-decision',
  'exhaustion-or-knowledge',
  'none',
] as const;
export const startsFromSchema = z.enum(STARTS_FROM);
export type StartsFrom = z.infer<typeof startsFromSchema>;

/**
 * İYUK art. 8(3) extends periods ending in the recess; urgent matters (art. 62 duty courts) are
 * not extended; 'unsure' is treated as not extended, with a warning. 'not-applicable' is for
 * periods outside İYUK (ECtHR, Constitutional Court, administrative limits on detention).
 */
export const JUDICIAL_RECESS_MODES = [
  'extends',
  'urgent-no-extension',
  'unsure-no-extension',
  'not-applicable',
] as const;
export const judicialRecessModeSchema = z.enum(JUDICIAL_RECESS_MODES);
export type JudicialRecessMode = z.infer<typeof judicialRecessModeSchema>;

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
  extendsOnHoliday: z.boolean(),
  judicialRecess: judicialRecessModeSchema,
  caseTypes: z.array(caseTypeSchema).min(1),
  notesTr: text,
  notesEn: text,
  lastChecked: civilDateSchema,
  source: text,
});
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

export const deadlineRulesFileSchema = z
  .strictObject({
    format: z.literal('emanet-deadline-rules'),
    version: z.literal(1),
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
  z.strictObject({ kind: z.literal('notification'), date: civilDateSchema }),
  z.strictObject({
    kind: z.literal('e-notification'),
    deliveredOn: civilDateSchema,
    openedOn: civilDateSchema.optional(),
  }),
]);
export type DeadlineStart = z.infer<typeof deadlineStartSchema>;

/** A holiday's names, carried in steps so that rendering needs no second lookup. */
export const holidayNameSchema = z.strictObject({ nameTr: z.string(), nameEn: z.string() });
export type HolidayName = z.infer<typeof holidayNameSchema>;

const date = civilDateSchema;

export const deadlineStepSchema = z.discriminatedUnion('code', [
  /** The event that starts the clock (notification, detention order, final decision…). */
  z.strictObject({ code: z.literal('start'), date, startsFrom: startsFromSchema }),
  /** Tebligat Kanunu art. 7/a: deemed served at the end of the 5th day after delivery. */
  z.strictObject({ code: z.literal('eNotificationDelivered'), date, deemedOn: date }),
  /** The lawyer opened it: `used` says whether the opening date replaced the deemed date. */
  z.strictObject({ code: z.literal('eNotificationOpened'), date, deemedOn: date, used: z.boolean() }),
  z.strictObject({ code: z.literal('countingStarts'), date }),
  /** `clampedFrom`: the day number that does not exist in the end month (e.g. 31 → 30). */
  z.strictObject({
    code: z.literal('periodEnds'),
    date,
    amount: z.number().int(),
    unit: z.enum(['days', 'months']),
    clampedFrom: z.number().int().optional(),
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

export const deadlineWarningSchema = z.discriminatedUnion('code', [
  /** Confidence U: the lawyer must confirm with the statute. */
  z.strictObject({ code: z.literal('unsureRule') }),
  /** Research rule 3: half days are working days; no clear authority that they extend. */
  z.strictObject({ code: z.literal('lastDayHalfDay'), date, holidays: z.array(holidayNameSchema) }),
  /** The rule does not extend (ECtHR, limits on detention…) and the last day is not a working day. */
  z.strictObject({
    code: z.literal('lastDayNonWorkingNotExtended'),
    date,
    weekend: z.boolean(),
    holidays: z.array(holidayNameSchema),
  }),
  /** The holiday table does not cover these years: only weekends were taken into account. */
  z.strictObject({ code: z.literal('yearNotCovered'), years: z.array(z.number().int()) }),
  z.strictObject({ code: z.literal('recessNotAppliedUrgent'), date }),
  z.strictObject({ code: z.literal('recessNotAppliedUnsure'), date }),
  /** İYUK 8(3) applied (research confidence L): filing by the unextended day is safest. */
  z.strictObject({ code: z.literal('recessApplied'), date, extendedTo: date }),
  /** The last day was outside the recess; only the holiday shift moved it in: not extended. */
  z.strictObject({ code: z.literal('recessAfterHolidayShiftNotApplied'), date, shiftedTo: date }),
  /** Courts are split on an earlier opening: the earlier date is used; the other result is shown. */
  z.strictObject({ code: z.literal('eNotificationOpenedEarlier'), openedOn: date, deemedOn: date, dueIfDeemed: date }),
]);
export type DeadlineWarning = z.infer<typeof deadlineWarningSchema>;

export const deadlineResultSchema = z.strictObject({
  ruleId: z.string(),
  due: civilDateSchema,
  steps: z.array(deadlineStepSchema),
  legalBasis: z.strictObject({ tr: z.string(), en: z.string() }),
  confidence: confidenceSchema,
  warnings: z.array(deadlineWarningSchema),
});
export type DeadlineResult = z.infer<typeof deadlineResultSchema>;
