import { z } from 'zod';
import type { ChannelInput } from '@shared/contract';
import { HEARING_KINDS } from '@shared/schemas/deadline-views';
import { parseTimeInput } from './dates';

/** What the add-hearing form holds: the date as DateField gives it, the rest as typed. */
export const hearingFormValues = z.object({
  kind: z.enum(HEARING_KINDS),
  court: z.string(),
  date: z.string(),
  time: z.string(),
  hall: z.string(),
  fileNumber: z.string(),
  preparation: z.string(),
});
export type HearingFormValues = z.input<typeof hearingFormValues>;

export const EMPTY_HEARING: HearingFormValues = {
  kind: 'hearing',
  court: '',
  date: '',
  time: '',
  hall: '',
  fileNumber: '',
  preparation: '',
};

export type HearingAddInput = Omit<ChannelInput<'hearings:add'>, 'caseId'>;

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/**
 * Form values → the `hearings:add` input. The date and the 24-hour time are required; issue
 * messages are message keys at the form's own paths.
 */
export const hearingFormSchema = hearingFormValues.transform((v, ctx): HearingAddInput => {
  // DateField gives YYYY-MM-DD for a real date, the typed text otherwise.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(v.date) ? v.date : null;
  const time = parseTimeInput(v.time);
  const issue = (path: 'date' | 'time', message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
  if (!date) issue('date', v.date.trim() ? 'deadlines.errors.badDate' : 'hearings.errors.dateRequired');
  if (!time) issue('time', v.time.trim() ? 'hearings.errors.badTime' : 'hearings.errors.timeRequired');
  if (!date || !time) return z.NEVER;
  return {
    kind: v.kind,
    startsAt: `${date}T${time}`,
    court: optional(v.court),
    hall: optional(v.hall),
    fileNumber: optional(v.fileNumber),
    preparation: optional(v.preparation),
  };
});

/** Where a backend VALIDATION path lands in this form. */
export function hearingFieldOf(path: string): keyof HearingFormValues | undefined {
  if (path === 'startsAt') return 'date';
  if (path === 'court' || path === 'hall' || path === 'fileNumber' || path === 'preparation') return path;
  return undefined;
}
