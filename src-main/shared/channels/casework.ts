import { z } from 'zod';
import { caseShape } from '../schemas/cases';
import { ACTIVITY_KINDS } from '../schemas/casefile-views';
import { dateSchema, optionalText, recordIdSchema, requiredText } from '../schemas/casefile-common';
import {
  checkNotificationDates,
  deadlineDetailsSchema,
  HEARING_OUTCOMES,
  hearingDetailsSchema,
  localDateTimeSchema,
  notificationShape,
  notificationViewSchema,
  personShape,
  powerOfAttorneyFieldsSchema,
  powerOfAttorneyViewSchema,
  stayFieldsSchema,
  stayViewSchema,
  TRASHABLE_ENTITIES,
  trashedRecordSchema,
} from '../schemas/casework';
import { deadlineStartSchema, recessChoiceSchema } from '../schemas/deadlines';
import { HEARING_KINDS } from '../schemas/deadline-views';
import { documentCategorySchema } from '../schemas/documents';
import { LIMITS } from '../limits';

/**
 * Everyday casework (issue 14): the case's power of attorney, notifications and stay requests;
 * hearings postponed and decided; deadlines done with a note, reopened and edited; edit and
 * delete (to the trash) for the smaller records of a case; a new case for an existing client.
 */
const SHAPE_ONLY_TODAY = '9999-12-31';
const { clientIds: _clientIds, ...caseWithoutClients } = caseShape(SHAPE_ONLY_TODAY);
void _clientIds;

const created = z.object({ id: z.string(), version: z.number().int() });
const empty = z.object({}).strict();
const byId = z.object({ id: recordIdSchema }).strict();
const byCase = z.object({ caseId: recordIdSchema }).strict();
const versioned = { id: recordIdSchema, version: z.number().int().min(1) };
const minutes = z
  .number()
  .int()
  .max(24 * 60, { error: 'duration.tooLong' });

/** Where an interim decision's period (kesin süre) starts; default: the hearing's day. */
const courtSetDeadline = z
  .object({
    days: z.number({ error: 'deadline.days' }).int({ error: 'deadline.days' }).min(1).max(365),
    title: requiredText(200),
    start: deadlineStartSchema.optional(),
    recess: recessChoiceSchema.optional(),
  })
  .strict();

export const caseworkChannels = {
  'powerOfAttorney:list': {
    input: byCase,
    output: z.object({
      records: z.array(powerOfAttorneyViewSchema),
      /** No power of attorney is recorded for the case. */
      missing: z.boolean(),
      /** The open "get the power of attorney" task, if there is one. */
      openTaskId: z.string().nullable(),
    }),
  },
  /** Recording it closes the case's open "get the power of attorney" task. */
  'powerOfAttorney:add': {
    input: z.object({ caseId: recordIdSchema, record: powerOfAttorneyFieldsSchema }).strict(),
    output: created,
  },
  'powerOfAttorney:update': {
    input: z.object({ ...versioned, record: powerOfAttorneyFieldsSchema }).strict(),
    output: created,
  },
  /** A task for the missing power of attorney (title in the lawyer's language); none if one is recorded or open. */
  'powerOfAttorney:requestTask': {
    input: z.object({ caseId: recordIdSchema, title: requiredText(300), dueOn: dateSchema.optional() }).strict(),
    output: z.object({ taskId: z.string().nullable() }),
  },

  'notifications:list': { input: byCase, output: z.object({ notifications: z.array(notificationViewSchema) }) },
  /**
   * With `ruleId`, the deadline it starts is computed by the engine from its dates (hand/post:
   * the service date; e-notification: delivery and opening) and saved with it, in one step.
   */
  'notifications:add': {
    input: z
      .object({
        caseId: recordIdSchema,
        ...notificationShape,
        deadline: z
          .object({ ruleId: z.string().max(100), recess: recessChoiceSchema.optional() })
          .strict()
          .optional(),
      })
      .strict()
      .superRefine(checkNotificationDates),
    output: z.object({ id: z.string(), version: z.number().int(), deadlineId: z.string().nullable() }),
  },
  'notifications:update': {
    input: z
      .object({
        ...versioned,
        ...notificationShape,
        deadlineId: recordIdSchema.optional(),
      })
      .strict()
      .superRefine(checkNotificationDates),
    output: created,
  },

  'stays:list': { input: byCase, output: z.object({ stays: z.array(stayViewSchema) }) },
  'stays:add': { input: z.object({ caseId: recordIdSchema, stay: stayFieldsSchema }).strict(), output: created },
  'stays:update': { input: z.object({ ...versioned, stay: stayFieldsSchema }).strict(), output: created },

  'hearings:details': { input: byCase, output: z.object({ hearings: z.array(hearingDetailsSchema) }) },
  'hearings:update': {
    input: z
      .object({
        ...versioned,
        kind: z.enum(HEARING_KINDS, { error: 'hearing.unknownKind' }),
        court: optionalText(200),
        hall: optionalText(100),
        fileNumber: optionalText(100),
        preparation: optionalText(5000),
      })
      .strict(),
    output: created,
  },
  /** Erteleme: the hearing moves to `startsAt`; the old date and the reason are kept. */
  'hearings:postpone': {
    input: z.object({ ...versioned, startsAt: localDateTimeSchema, reason: requiredText(1_000) }).strict(),
    output: created,
  },
  /**
   * Ara karar / karar / ertelendi; marks the hearing held. With `deadline` (an interim decision's
   * kesin süre) the deadline is computed by the engine and saved in the same step.
   */
  'hearings:setOutcome': {
    input: z
      .object({
        ...versioned,
        outcome: z.enum(HEARING_OUTCOMES, { error: 'hearing.unknownOutcome' }),
        note: optionalText(2_000),
        deadline: courtSetDeadline.optional(),
      })
      .strict()
      .refine((o) => o.deadline === undefined || o.outcome === 'interim-decision', {
        error: 'hearing.deadlineOnlyForInterim',
        path: ['deadline'],
      }),
    output: z.object({ id: z.string(), version: z.number().int(), deadlineId: z.string().nullable() }),
  },

  'deadlines:details': { input: byCase, output: z.object({ deadlines: z.array(deadlineDetailsSchema) }) },
  'deadlines:complete': { input: z.object({ ...versioned, note: optionalText(2_000) }).strict(), output: created },
  'deadlines:reopen': { input: z.object(versioned).strict(), output: created },
  /**
   * Edits a deadline; the previous state (its computation included) is kept as a revision.
   * A new rule or start recomputes; a date other than the computed one needs a reason.
   */
  'deadlines:update': {
    input: z
      .object({
        ...versioned,
        title: optionalText(200),
        ruleId: z.string().max(100).optional(),
        start: deadlineStartSchema.optional(),
        dueOn: dateSchema.optional(),
        reason: optionalText(1000),
        recess: recessChoiceSchema.optional(),
      })
      .strict(),
    output: created,
  },

  'activities:update': {
    input: z
      .object({
        ...versioned,
        kind: z.enum(ACTIVITY_KINDS, { error: 'activity.unknownKind' }),
        occurredOn: dateSchema,
        durationMinutes: minutes.min(0).optional(),
        summary: optionalText(5_000),
      })
      .strict(),
    output: created,
  },
  'tasks:update': {
    input: z.object({ ...versioned, title: requiredText(300), dueOn: dateSchema.optional() }).strict(),
    output: created,
  },
  'time:update': {
    input: z
      .object({
        ...versioned,
        workedOn: dateSchema,
        minutes: minutes.min(1),
        description: optionalText(2_000),
        proBono: z.boolean(),
      })
      .strict(),
    output: created,
  },
  'persons:update': {
    input: z
      .object({
        ...versioned,
        ...personShape,
      })
      .strict(),
    output: created,
  },
  'documents:updateMeta': {
    input: z.object({ ...versioned, title: requiredText(300), category: documentCategorySchema }).strict(),
    output: created,
  },

  /** Moves a record of a case to the trash (its dependent rows with it); "Undo" restores it. */
  'records:trash': {
    input: z.object({ entity: z.enum(TRASHABLE_ENTITIES), id: recordIdSchema }).strict(),
    output: empty,
  },
  'records:restore': {
    input: byId,
    output: z.object({ entity: z.enum(TRASHABLE_ENTITIES), caseId: z.string().nullable() }),
  },
  /** The trashed records, newest first; of one case with `caseId`. */
  'records:trashList': {
    input: z.object({ caseId: recordIdSchema.optional() }).strict(),
    output: z.object({ records: z.array(trashedRecordSchema) }),
  },

  /** "New case for this client": a case on an existing client, with its first deadline. */
  'cases:createForClient': {
    input: z
      .object({
        clientId: recordIdSchema,
        case: z.object(caseWithoutClients),
        otherClientIds: z.array(recordIdSchema).max(LIMITS.intakeOtherClients).default([]),
        firstDeadline: z
          .object({ ruleId: z.string().max(100), start: deadlineStartSchema, recess: recessChoiceSchema.optional() })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({ caseId: z.string(), deadlineId: z.string().nullable() }),
  },
} as const;
