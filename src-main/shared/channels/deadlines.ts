import { z } from 'zod';
import { recordIdSchema, optionalText } from '../schemas/casefile-common';
import { LIMITS } from '../limits';
import { caseTypeSchema, civilDateSchema, deadlineStartSchema, recessChoiceSchema } from '../schemas/deadlines';
import {
  agendaSchema,
  deadlinePreviewSchema,
  deadlineRuleViewSchema,
  deadlineViewSchema,
  HEARING_KINDS,
  hearingViewSchema,
} from '../schemas/deadline-views';
import { byCaseSchema, createdSchema, emptySchema, setDoneChannel } from '../schemas/channel-parts';

/** The lawyer's own target: 0–30 working days before the legal last day (0: none). */
const internalWorkingDays = z
  .number({ error: 'deadline.internalDays' })
  .int({ error: 'deadline.internalDays' })
  .min(0, { error: 'deadline.internalDays' })
  .max(30, { error: 'deadline.internalDays' });

export const deadlineChannels = {
  /** With a case type: its rules (none it cannot use) and the one its first notification starts. */
  'deadlines:rules': {
    input: z.object({ caseType: caseTypeSchema.optional() }).strict(),
    output: z.object({ rules: z.array(deadlineRuleViewSchema), defaultRuleId: z.string().nullable() }),
  },
  /** Computes without saving, so the lawyer sees the date, the steps and the basis first. */
  'deadlines:preview': {
    input: z
      .object({
        ruleId: z.string().max(100),
        start: deadlineStartSchema,
        /** Whether the court takes the judicial recess; default 'unsure'. */
        recess: recessChoiceSchema.optional(),
        internalWorkingDays: internalWorkingDays.optional(),
      })
      .strict(),
    output: deadlinePreviewSchema,
  },
  /**
   * A rule + start computes the date; `dueOn` different from it is an override and needs a
   * reason. Without a rule it is a manual deadline: title, date and reason are required.
   */
  'deadlines:add': {
    input: z
      .object({
        caseId: recordIdSchema,
        ruleId: z.string().max(100).optional(),
        start: deadlineStartSchema.optional(),
        title: optionalText(200),
        dueOn: civilDateSchema.optional(),
        reason: optionalText(1000),
        /** Default: the case's court (`courtRecess`), else 'unsure'. */
        recess: recessChoiceSchema.optional(),
        /** Default: the `internalDeadlineWorkingDays` setting. */
        internalWorkingDays: internalWorkingDays.optional(),
      })
      .strict(),
    output: createdSchema,
  },
  'deadlines:list': {
    input: byCaseSchema,
    output: z.object({ deadlines: z.array(deadlineViewSchema) }),
  },
  'deadlines:setDone': setDoneChannel,
  'deadlines:remove': { input: z.object({ id: recordIdSchema }).strict(), output: emptySchema },
  'hearings:add': {
    input: z
      .object({
        caseId: recordIdSchema,
        kind: z.enum(HEARING_KINDS, { error: 'hearing.unknownKind' }),
        court: optionalText(200),
        startsAt: z
          .string()
          .max(LIMITS.localDateTime, { error: 'hearing.badDateTime' })
          .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: 'hearing.badDateTime' }),
        hall: optionalText(100),
        fileNumber: optionalText(100),
        preparation: optionalText(5000),
      })
      .strict(),
    output: createdSchema,
  },
  'hearings:list': {
    input: byCaseSchema,
    output: z.object({ hearings: z.array(hearingViewSchema) }),
  },
  'hearings:setDone': setDoneChannel,
  'agenda:get': {
    input: z.object({ days: z.number().int().min(1).max(366).default(30) }).strict(),
    output: agendaSchema,
  },
  /**
   * Open deadlines, internal targets, reviews and hearings as an .ics file for a phone calendar,
   * saved where the lawyer chooses in the main process's dialog. Titles are neutral (no client
   * names, no case titles); court file numbers and courts only when asked for.
   */
  'agenda:exportIcs': {
    input: z.object({ withFileNumbers: z.boolean().default(false) }).strict(),
    output: z.object({ exported: z.boolean(), events: z.number().int() }),
  },
} as const;
