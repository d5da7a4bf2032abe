import { z } from 'zod';
import {
  NOTIFICATION_METHODS,
  NOTIFICATION_RECIPIENTS,
  POWER_OF_ATTORNEY_SCOPES,
  STAY_DECISIONS,
} from '@shared/schemas/casework';
import { CASE_TYPES } from '@shared/schemas/deadlines';

/**
 * The schemas of a case's small record forms (power of attorney, notification, stay request, a
 * client's next case): the values as typed (dates as DateField gives them) → what their channels
 * take besides the case. The backend checks them; its refusal shows under the form.
 */

export const poaSchema = z.object({
  grantedOn: z.string(),
  notary: z.string(),
  journalNumber: z.string(),
  scope: z.enum(POWER_OF_ATTORNEY_SCOPES),
});

/** A notification: served on a day by hand or post, or delivered and opened electronically; maybe starting a deadline. */
export const notificationSchema = z
  .object({
    subject: z.string(),
    recipient: z.enum(NOTIFICATION_RECIPIENTS),
    method: z.enum(NOTIFICATION_METHODS),
    servedOn: z.string(),
    deliveredOn: z.string(),
    openedOn: z.string(),
    ruleId: z.string(),
  })
  .transform(({ subject, recipient, method, servedOn, deliveredOn, openedOn, ruleId }) => ({
    subject,
    recipient,
    method,
    ...(method === 'e-notification'
      ? { deliveredOn: deliveredOn || undefined, openedOn: openedOn || undefined }
      : { servedOn: servedOn || undefined }),
    ...(ruleId ? { deadline: { ruleId } } : {}),
  }));

/** A stay request and its decision (the decision's day left out while empty). */
export const staySchema = z
  .object({ requestedOn: z.string(), decision: z.enum(STAY_DECISIONS), decidedOn: z.string() })
  .transform(({ decidedOn, ...stay }) => ({ ...stay, ...(decidedOn ? { decidedOn } : {}) }));

/** A returning client's next case, active from the day it is opened. */
export const newCaseSchema = z
  .object({ type: z.enum(CASE_TYPES), openedOn: z.string(), title: z.string() })
  .transform((v) => ({ ...v, status: 'active' as const }));

/** Correcting a deadline: its title, its last day, and why the day differs from the computed one. */
export const deadlineEditSchema = z.object({ title: z.string(), dueOn: z.string(), reason: z.string() });
