import { z } from 'zod';
import { casefileChannels } from '@shared/channels/casefile';
import type { ChannelInput } from '@shared/contract';
import { birthInputToIso, inputToIso, parseDuration } from './format';

/**
 * Each add form keeps the text the lawyer typed and is validated by the very schema the IPC
 * channel uses (piped after a transform that reads dd.mm.yyyy dates and h:mm durations), so a
 * limit such as "at most 24 hours" is written once, in the contract. Form field names are the
 * channel's field names, so a schema issue and a backend VALIDATION detail both land on the
 * field that caused them.
 */

/** What a form built on one of these schemas holds: the text the lawyer typed. */
export type FormValues<F extends (caseId: string) => z.ZodType> = z.input<ReturnType<F>>;

/** An unreadable duration gets its own code instead of zod's English "expected number". */
function duration(text: string, ctx: z.RefinementCtx, field: string, required: boolean): number | undefined {
  const minutes = parseDuration(text);
  if (minutes === undefined && required) {
    ctx.addIssue({ code: 'custom', message: 'duration.required', path: [field] });
  } else if (minutes !== undefined && Number.isNaN(minutes)) {
    ctx.addIssue({ code: 'custom', message: 'duration.invalid', path: [field] });
  }
  return minutes;
}

export const noteForm = (caseId: string) =>
  z
    .object({ body: z.string() })
    .transform((f): ChannelInput<'notes:add'> => ({ caseId, body: f.body }))
    .pipe(casefileChannels['notes:add'].input);

export const activityForm = (caseId: string) =>
  z
    .object({ kind: z.string(), occurredOn: z.string(), durationMinutes: z.string(), summary: z.string() })
    .transform((f, ctx): ChannelInput<'activities:add'> => ({
      caseId,
      // Checked by the piped schema (activity.unknownKind); the cast only names the type.
      kind: f.kind as ChannelInput<'activities:add'>['kind'],
      occurredOn: inputToIso(f.occurredOn) ?? '',
      durationMinutes: duration(f.durationMinutes, ctx, 'durationMinutes', false),
      summary: f.summary,
    }))
    .pipe(casefileChannels['activities:add'].input);

export const taskForm = (caseId: string) =>
  z
    .object({ title: z.string(), dueOn: z.string() })
    .transform((f): ChannelInput<'tasks:add'> => ({ caseId, title: f.title, dueOn: inputToIso(f.dueOn) }))
    .pipe(casefileChannels['tasks:add'].input);

export const timeForm = (caseId: string) =>
  z
    .object({ workedOn: z.string(), minutes: z.string(), description: z.string(), proBono: z.boolean() })
    .transform((f, ctx): ChannelInput<'time:add'> => ({
      caseId,
      workedOn: inputToIso(f.workedOn) ?? '',
      minutes: duration(f.minutes, ctx, 'minutes', true) ?? 0,
      description: f.description,
      proBono: f.proBono,
    }))
    .pipe(casefileChannels['time:add'].input);

export const personForm = (caseId: string) =>
  z
    .object({ role: z.string(), name: z.string(), birthDate: z.string(), identityNumber: z.string(), note: z.string() })
    .transform((f): ChannelInput<'persons:add'> => ({
      caseId,
      role: f.role as ChannelInput<'persons:add'>['role'],
      name: f.name,
      birthDate: birthInputToIso(f.birthDate),
      identityNumber: f.identityNumber,
      note: f.note,
    }))
    .pipe(casefileChannels['persons:add'].input);
