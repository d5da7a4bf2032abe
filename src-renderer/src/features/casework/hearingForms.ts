import { z } from 'zod';
import { HEARING_OUTCOMES } from '@shared/schemas/casework';
import { HEARING_KINDS } from '@shared/schemas/deadline-views';
import { parseTimeInput } from '../deadlines/dates';

/**
 * The schemas of a hearing's inline forms (correct, postpone, record the outcome): the values
 * as typed → what their channels take besides the hearing's id and version. Issue messages are
 * message keys; everything else is checked by the backend, whose refusal the form shows.
 */

/** Correcting a hearing: its kind and where it is heard. */
export const hearingEditSchema = z.object({
  kind: z.enum(HEARING_KINDS),
  court: z.string(),
  hall: z.string(),
  fileNumber: z.string(),
});

/** Postponing: the new day (as DateField gives it), the new 24-hour time, the reason. */
export const postponeSchema = z
  .object({ date: z.string(), time: z.string(), reason: z.string() })
  .transform((v, ctx) => {
    const time = parseTimeInput(v.time);
    if (time === null) {
      ctx.addIssue({ code: 'custom', message: 'casework.hearings.badTime', path: ['time'] });
      return z.NEVER;
    }
    return { startsAt: `${v.date}T${time}`, reason: v.reason };
  });

/** The outcome; an interim decision with a number of days also creates its kesin süre. */
export const outcomeSchema = z
  .object({ outcome: z.enum(HEARING_OUTCOMES), note: z.string(), days: z.string(), deadlineTitle: z.string() })
  .transform(({ outcome, note, days, deadlineTitle }) => {
    const n = Number(days);
    const withDeadline = outcome === 'interim-decision' && days.trim() !== '';
    return {
      outcome,
      note,
      ...(withDeadline ? { deadline: { days: Number.isInteger(n) ? n : 0, title: deadlineTitle } } : {}),
    };
  });
