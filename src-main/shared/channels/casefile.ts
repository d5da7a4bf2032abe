import { z } from 'zod';
import { caseInputSchema, CASE_STATUSES, caseShape } from '../schemas/cases';
import { IDENTITY_KINDS } from '../identity-numbers';
import { clientInputSchema, VULNERABILITY_CODES } from '../schemas/clients';
import {
  ACTIVITY_KINDS,
  caseRowSchema,
  clientRowSchema,
  conflictMatchSchema,
  pageSchema,
  recordMetaSchema,
  relatedPersonSchema,
  searchResultSchema,
  timelineItemSchema,
  trashSchema,
} from '../schemas/casefile-views';
import { CASE_TYPES, deadlineStartSchema, recessChoiceSchema } from '../schemas/deadlines';
import { dateSchema, optionalText, recordIdSchema, requiredText } from '../schemas/casefile-common';
import { personShape } from '../schemas/casework';
import { LIMITS } from '../limits';
import { byCaseSchema, createdSchema, emptySchema, versionedShape, setDoneChannel } from '../schemas/channel-parts';

/**
 * IPC checks the shape of casefile input with "today" far away; the services check it again
 * with the real date (a date of birth in the future), so the rule lives in one place: the schema.
 */
const SHAPE_ONLY_TODAY = '9999-12-31';
const clientInput = clientInputSchema(SHAPE_ONLY_TODAY);
const caseInput = caseInputSchema(SHAPE_ONLY_TODAY);
const { clientIds: _clientIds, ...caseWithoutClients } = caseShape(SHAPE_ONLY_TODAY);
void _clientIds;

const byId = z.object({ id: recordIdSchema }).strict();
const paging = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

export const casefileChannels = {
  'clients:list': {
    input: z
      .object({
        search: z.string().max(200).optional(),
        nationality: z.string().length(2).optional(),
        vulnerability: z.enum(VULNERABILITY_CODES).optional(),
        hasOverdueTask: z.boolean().optional(),
        sort: z.enum(['name', 'recent']).default('name'),
        ...paging,
      })
      .strict(),
    output: pageSchema(clientRowSchema),
  },
  'clients:get': {
    input: byId,
    output: recordMetaSchema.extend({
      client: clientInput,
      cases: z.array(caseRowSchema),
      deletedAt: z.string().nullable(),
    }),
  },
  'clients:create': { input: z.object({ client: clientInput }).strict(), output: createdSchema },
  'clients:update': { input: z.object({ ...versionedShape, client: clientInput }).strict(), output: createdSchema },
  /** A client with open cases goes to the trash only when `withOpenCases` says so explicitly. */
  'clients:trash': {
    input: z.object({ id: recordIdSchema, withOpenCases: z.boolean().default(false) }).strict(),
    output: emptySchema,
  },
  'clients:restore': { input: byId, output: emptySchema },

  'cases:list': {
    input: z
      .object({
        search: z.string().max(200).optional(),
        type: z.enum(CASE_TYPES).optional(),
        status: z.enum(CASE_STATUSES).optional(),
        tag: z.string().max(40).optional(),
        clientId: recordIdSchema.optional(),
        hasOverdueTask: z.boolean().optional(),
        /** `deadline`: the case whose open legal deadline comes first, cases without one last. */
        sort: z.enum(['opened', 'recent', 'deadline']).default('opened'),
        ...paging,
      })
      .strict(),
    output: pageSchema(caseRowSchema),
  },
  'cases:get': {
    input: byId,
    output: recordMetaSchema.extend({
      case: caseInput,
      clients: z.array(z.object({ id: z.string(), name: z.string() })),
      deletedAt: z.string().nullable(),
    }),
  },
  'cases:create': { input: z.object({ case: caseInput }).strict(), output: createdSchema },
  'cases:update': { input: z.object({ ...versionedShape, case: caseInput }).strict(), output: createdSchema },
  'cases:trash': { input: byId, output: emptySchema },
  'cases:restore': { input: byId, output: emptySchema },

  /** Quick intake: a new client and their first case in one step (one transaction). */
  'intake:create': {
    input: z
      .object({
        client: clientInput,
        case: z.object(caseWithoutClients),
        /** Family members already in the vault who share the case. */
        otherClientIds: z.array(recordIdSchema).max(LIMITS.intakeOtherClients).default([]),
        /** When the decision was notified: the case's first deadline is computed from it. */
        decisionNotifiedOn: dateSchema.optional(),
        /**
         * The first deadline as previewed on the intake screen: rule, start (hand/post or
         * e-notification with delivery and opening dates) and the court's recess.
         */
        firstDeadline: z
          .object({ ruleId: z.string().max(100), start: deadlineStartSchema, recess: recessChoiceSchema.optional() })
          .strict()
          .optional(),
      })
      .strict(),
    output: z.object({ clientId: z.string(), caseId: z.string(), deadlineId: z.string().nullable() }),
  },

  'timeline:list': {
    input: byCaseSchema,
    output: z.object({ items: z.array(timelineItemSchema) }),
  },
  'notes:add': {
    input: z.object({ caseId: recordIdSchema, body: requiredText(50_000) }).strict(),
    output: createdSchema,
  },
  'notes:update': {
    input: z.object({ ...versionedShape, body: requiredText(50_000) }).strict(),
    output: createdSchema,
  },
  'notes:remove': { input: byId, output: emptySchema },
  'activities:add': {
    input: z
      .object({
        caseId: recordIdSchema,
        kind: z.enum(ACTIVITY_KINDS, { error: 'activity.unknownKind' }),
        occurredOn: dateSchema,
        durationMinutes: z
          .number()
          .int()
          .min(0)
          .max(24 * 60, { error: 'duration.tooLong' })
          .optional(),
        summary: optionalText(5_000),
      })
      .strict(),
    output: createdSchema,
  },
  'tasks:add': {
    input: z.object({ caseId: recordIdSchema, title: requiredText(300), dueOn: dateSchema.optional() }).strict(),
    output: createdSchema,
  },
  'tasks:setDone': setDoneChannel,
  'time:add': {
    input: z
      .object({
        caseId: recordIdSchema,
        workedOn: dateSchema,
        minutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60, { error: 'duration.tooLong' }),
        description: optionalText(2_000),
        proBono: z.boolean().default(true),
      })
      .strict(),
    output: createdSchema,
  },
  'persons:add': {
    input: z
      .object({
        caseId: recordIdSchema.optional(),
        clientId: recordIdSchema.optional(),
        ...personShape,
      })
      .strict()
      .refine((p) => p.caseId !== undefined || p.clientId !== undefined, {
        error: 'person.needsCaseOrClient',
        path: ['caseId'],
      }),
    output: createdSchema,
  },
  'persons:list': {
    input: byCaseSchema,
    output: z.object({ persons: z.array(relatedPersonSchema) }),
  },

  'search:query': {
    input: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(30) }).strict(),
    output: z.object({ results: z.array(searchResultSchema) }),
  },
  'conflicts:check': {
    input: z
      .object({
        givenName: z.string().max(200).optional(),
        familyName: z.string().max(200).optional(),
        aliases: z.array(z.string().max(200)).max(LIMITS.aliases).default([]),
        dateOfBirth: z
          .string()
          .max(LIMITS.civilDate)
          .regex(/^\d{4}(-\d{2}-\d{2})?$/)
          .optional(),
        dateOfBirthApproximate: z.boolean().default(false),
        identityNumbers: z
          .array(z.object({ kind: z.enum(IDENTITY_KINDS), value: z.string().max(100) }))
          .max(LIMITS.identityNumbers)
          .default([]),
        excludeId: recordIdSchema.optional(),
      })
      .strict(),
    output: z.object({ matches: z.array(conflictMatchSchema) }),
  },
  'trash:list': { input: emptySchema, output: trashSchema },
  'trash:empty': { input: emptySchema, output: z.object({ clients: z.number().int(), cases: z.number().int() }) },
} as const;
