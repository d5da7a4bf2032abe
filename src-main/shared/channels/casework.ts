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
import { byCaseSchema, createdSchema, emptySchema, versionedShape } from '../schemas/channel-parts';

/**
 * Everyday casework (issue 14): the case's power of attorney, notifications and stay requests;
 * hearings postponed and decided; deadlines done with a note, reopened and edited; edit and
 * delete (to the trash) for the smaller records of a case; a new case for an existing client.
 */
const SHAPE_ONLY_TODAY = '9999-12-31';
const { clientIds: _clientIds, ...caseWithoutClients } = caseShape(SHAPE_ONLY_TODAY);
void _clientIds;

const byId = z.object({ id: recordIdSchema }).strict();
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
    input: byCaseSchema,
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
    output: createdSchema,
  },
  'powerOfAttorney:update': {
    input: z.object({ ...versionedShape, record: powerOfAttorneyFieldsSchema }).strict(),
    output: createdSchema,
  },
  /** A task for the missing power of attorney (title in the lawyer's language); none if one is recorded or open. */
  'powerOfAttorney:requestTask': {
    input: z.object({ caseId: recordIdSchema, title: requiredText(300), dueOn: dateSchema.optional() }).strict(),
    output: z.object({ taskId: z.string().nullable() }),
  },

  'notifications:list': { input: byCaseSchema, output: z.object({ notifications: z.array(notificationViewSchema) }) },
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
        ...versionedShape,
        ...notificationShape,
        deadlineId: recordIdSchema.optional(),
      })
      .strict()
      .superRefine(checkNotificationDates),
    output: createdSchema,
  },

  'stays:list': { input: byCaseSchema, output: z.object({ stays: z.array(stayViewSchema) }) },
  'stays:add': { input: z.object({ caseId: recordIdSchema, stay: stayFieldsSchema }).strict(), output: createdSchema },
  'stays:update': { input: z.object({ ...versionedShape, stay: stayFieldsSchema }).strict(), output: createdSchema },

  'hearings:details': { input: byCaseSchema, output: z.object({ hearings: z.array(hearingDetailsSchema) }) },
  'hearings:update': {
    input: z
      .object({
        ...versionedShape,
        kind: z.enum(HEARING_KINDS, { error: 'hearing.unknownKind' }),
        court: optionalText(200),
        hall: optionalText(100),
        fileNumber: optionalText(100),
        preparation: optionalText(5000),
      })
      .strict(),
    output: createdSchema,
  },
  /** Erteleme: the hearing moves to `startsAt`; the old date and the reason are kept. */
  'hearings:postpone': {
    input: z.object({ ...versionedShape, startsAt: localDateTimeSchema, reason: requiredText(1_000) }).strict(),
    output: createdSchema,
  },
  /**
   * Ara karar / karar / ertelendi; marks the hearing held. With `deadline` (an interim decision's
   * kesin süre) the deadline is computed by the engine and saved in the same step.
   */
  'hearings:setOutcome': {
    input: z
      .object({
        ...versionedShape,
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

  'deadlines:details': { input: byCaseSchema, output: z.object({ deadlines: z.array(deadlineDetailsSchema) }) },
  'deadlines:complete': {
    input: z.object({ ...versionedShape, note: optionalText(2_000) }).strict(),
    output: createdSchema,
  },
  'deadlines:reopen': { input: z.object(versionedShape).strict(), output: createdSchema },
  /**
   * Edits a deadline; the previous state (its computation included) is kept as a revision.
   * A new rule or start recomputes; a date other than the computed one needs a reason.
   */
  'deadlines:update': {
    input: z
      .object({
        ...versionedShape,
        title: optionalText(200),
        ruleId: z.string().max(100).optional(),
        start: deadlineStartSchema.optional(),
        dueOn: dateSchema.optional(),
        reason: optionalText(1000),
        recess: recessChoiceSchema.optional(),
      })
      .strict(),
    output: createdSchema,
  },

  'activities:update': {
    input: z
      .object({
        ...versionedShape,
        kind: z.enum(ACTIVITY_KINDS, { error: 'activity.unknownKind' }),
        occurredOn: dateSchema,
        durationMinutes: minutes.min(0).optional(),
        summary: optionalText(5_000),
      })
      .strict(),
    output: createdSchema,
  },
  'tasks:update': {
    input: z.object({ ...versionedShape, title: requiredText(300), dueOn: dateSchema.optional() }).strict(),
    output: createdSchema,
  },
  'time:update': {
    input: z
      .object({
        ...versionedShape,
        workedOn: dateSchema,
        minutes: minutes.min(1),
        description: optionalText(2_000),
        proBono: z.boolean(),
      })
      .strict(),
    output: createdSchema,
  },
  'persons:update': {
    input: z
      .object({
        ...versionedShape,
        ...personShape,
      })
      .strict(),
    output: createdSchema,
  },
  'documents:updateMeta': {
    input: z.object({ ...versionedShape, title: requiredText(300), category: documentCategorySchema }).strict(),
    output: createdSchema,
  },

  /** Moves a record of a case to the trash (its dependent rows with it); "Undo" restores it. */
  'records:trash': {
    input: z.object({ entity: z.enum(TRASHABLE_ENTITIES), id: recordIdSchema }).strict(),
    output: emptySchema,
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
