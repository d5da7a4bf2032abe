import { z } from 'zod';
import { caseRecordViewShape, dateSchema, optionalText, recordIdSchema, requiredText } from './casefile-common';
import { PERSON_ROLES } from './casefile-views';
import { civilDateSchema } from './deadlines';
import { LIMITS } from '../limits';

/**
 * Casework records of a case (issue 14): power of attorney (vekâletname), notifications
 * (tebligat), stay-of-execution requests (yürütmeyi durdurma), hearing outcomes and
 * postponements, deadline notes and revisions, and the trash of a case's smaller records.
 * Messages are codes the renderer and the CLI translate.
 */

/** General litigation power (genel dava vekâletnamesi) or one limited to named matters (özel). */
export const POWER_OF_ATTORNEY_SCOPES = ['general', 'special'] as const;
/** On whom the notification was served. */
export const NOTIFICATION_RECIPIENTS = ['client', 'lawyer', 'other'] as const;
/** How: by hand (elden), by post (PTT), or electronically (e-Tebligat / UYAP). */
export const NOTIFICATION_METHODS = ['hand', 'post', 'e-notification'] as const;
export const STAY_DECISIONS = ['pending', 'granted', 'partially-granted', 'rejected'] as const;
/** Ara karar, karar, ertelendi. */
export const HEARING_OUTCOMES = ['interim-decision', 'decision', 'postponed'] as const;
/** Records that go to the trash of their case and come back from it. */
export const TRASHABLE_ENTITIES = [
  'activity',
  'task',
  'time-entry',
  'person',
  'hearing',
  'deadline',
  'power-of-attorney',
  'notification',
  'stay-request',
] as const;
export type TrashableEntity = (typeof TRASHABLE_ENTITIES)[number];

/** A local date and time to the minute, as hearings store it. */
export const localDateTimeSchema = z
  .string()
  .max(LIMITS.localDateTime, { error: 'hearing.badDateTime' })
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: 'hearing.badDateTime' });

export const powerOfAttorneyFieldsSchema = z
  .object({
    grantedOn: dateSchema,
    notary: optionalText(200),
    /** Yevmiye numarası as printed by the notary. */
    journalNumber: optionalText(50),
    scope: z.enum(POWER_OF_ATTORNEY_SCOPES, { error: 'powerOfAttorney.unknownScope' }),
    scopeNote: optionalText(2_000),
    /** The scan among the case's documents. */
    documentId: recordIdSchema.optional(),
  })
  .strict();

export const powerOfAttorneyViewSchema = z.object({
  ...caseRecordViewShape,
  grantedOn: civilDateSchema,
  notary: z.string().nullable(),
  journalNumber: z.string().nullable(),
  scope: z.enum(POWER_OF_ATTORNEY_SCOPES),
  scopeNote: z.string().nullable(),
  documentId: z.string().nullable(),
});
export type PowerOfAttorneyView = z.infer<typeof powerOfAttorneyViewSchema>;

/** A related person's fields (persons:add for a case or a client, persons:update). */
export const personShape = {
  role: z.enum(PERSON_ROLES, { error: 'person.unknownRole' }),
  name: requiredText(200),
  birthDate: z
    .string()
    .max(LIMITS.civilDate, { error: 'date.invalid' })
    .regex(/^\d{4}(-\d{2}-\d{2})?$/, { error: 'date.invalid' })
    .optional(),
  identityNumber: optionalText(100),
  note: optionalText(2_000),
};

/** A notification's fields: the add and the update channel take them alike. */
export const notificationShape = {
  /** What was served: "sınır dışı etme kararı", "ara karar", "bilirkişi raporu"… */
  subject: requiredText(300),
  recipient: z.enum(NOTIFICATION_RECIPIENTS, { error: 'notification.unknownRecipient' }),
  recipientNote: optionalText(300),
  method: z.enum(NOTIFICATION_METHODS, { error: 'notification.unknownMethod' }),
  /** Hand and post: the day it was served. */
  servedOn: dateSchema.optional(),
  /** E-notification: delivered to the address, and opened (if it was). */
  deliveredOn: dateSchema.optional(),
  openedOn: dateSchema.optional(),
};

/** Hand and post need the service date; an e-notification its delivery date, opened not before it. */
export function checkNotificationDates(
  n: { method: string; servedOn?: string | undefined; deliveredOn?: string | undefined; openedOn?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (n.method === 'e-notification') {
    if (!n.deliveredOn)
      ctx.addIssue({ code: 'custom', message: 'notification.deliveredRequired', path: ['deliveredOn'] });
    if (n.servedOn) ctx.addIssue({ code: 'custom', message: 'notification.servedOnNotForE', path: ['servedOn'] });
    if (n.openedOn && n.deliveredOn && n.openedOn < n.deliveredOn)
      ctx.addIssue({ code: 'custom', message: 'deadline.openedBeforeDelivery', path: ['openedOn'] });
  } else {
    if (!n.servedOn) ctx.addIssue({ code: 'custom', message: 'notification.servedRequired', path: ['servedOn'] });
    if (n.deliveredOn || n.openedOn)
      ctx.addIssue({ code: 'custom', message: 'notification.eDatesOnlyForE', path: ['deliveredOn'] });
  }
}

export const notificationViewSchema = z.object({
  ...caseRecordViewShape,
  subject: z.string(),
  recipient: z.enum(NOTIFICATION_RECIPIENTS),
  recipientNote: z.string().nullable(),
  method: z.enum(NOTIFICATION_METHODS),
  servedOn: civilDateSchema.nullable(),
  deliveredOn: civilDateSchema.nullable(),
  openedOn: civilDateSchema.nullable(),
  /** The deadline it started, if one was recorded with it (null once that deadline is purged). */
  deadlineId: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const stayFieldsSchema = z
  .object({
    requestedOn: dateSchema,
    decision: z.enum(STAY_DECISIONS, { error: 'stay.unknownDecision' }).default('pending'),
    decidedOn: dateSchema.optional(),
    note: optionalText(2_000),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.decision === 'pending' && s.decidedOn)
      ctx.addIssue({ code: 'custom', message: 'stay.decidedOnWithoutDecision', path: ['decidedOn'] });
    if (s.decidedOn && s.decidedOn < s.requestedOn)
      ctx.addIssue({ code: 'custom', message: 'stay.decidedBeforeRequested', path: ['decidedOn'] });
  });

export const stayViewSchema = z.object({
  ...caseRecordViewShape,
  requestedOn: civilDateSchema,
  decision: z.enum(STAY_DECISIONS),
  decidedOn: civilDateSchema.nullable(),
  note: z.string().nullable(),
});
export type StayView = z.infer<typeof stayViewSchema>;

export const hearingDetailsSchema = z.object({
  id: z.string(),
  outcome: z.enum(HEARING_OUTCOMES).nullable(),
  outcomeNote: z.string().nullable(),
  /** The deadline (kesin süre) its interim decision set. */
  outcomeDeadlineId: z.string().nullable(),
  postponements: z.array(
    z.object({ fromStartsAt: z.string(), toStartsAt: z.string(), reason: z.string(), at: z.string() }),
  ),
});
export type HearingDetails = z.infer<typeof hearingDetailsSchema>;

export const deadlineDetailsSchema = z.object({
  id: z.string(),
  doneNote: z.string().nullable(),
  /** The deadline as it was before each edit, oldest first, its computation included. */
  revisions: z.array(
    z.object({
      revisedAt: z.string(),
      dueOn: civilDateSchema,
      computedDue: civilDateSchema.nullable(),
      title: z.string().nullable(),
      ruleId: z.string().nullable(),
      overrideReason: z.string().nullable(),
      /** The saved computation (deadlinePreviewSchema's shape), as it was. */
      computation: z.unknown().nullable(),
    }),
  ),
});
export type DeadlineDetails = z.infer<typeof deadlineDetailsSchema>;

export const trashedRecordSchema = z.object({
  id: z.string(),
  entity: z.enum(TRASHABLE_ENTITIES),
  caseId: z.string().nullable(),
  /** What the lawyer sees in the trash: the task's title, the hearing's date… (never audited). */
  label: z.string(),
  deletedAt: z.string(),
});
export type TrashedRecord = z.infer<typeof trashedRecordSchema>;
