import { z } from 'zod';
import { COUNTRY_CODES } from '../iso/countries';
import { LANGUAGE_CODES } from '../iso/languages';
import { LIMITS } from '../limits';

/**
 * Building blocks shared by the client and case schemas. Messages are codes ('date.inFuture',
 * 'country.unknown', …) that the renderer translates; they never contain the input.
 *
 * "Today" is a parameter, never Date.now(): shared code runs in the renderer and in tests, and a
 * frozen clock must decide what "in the future" means.
 */

/** A civil date 'YYYY-MM-DD' that exists (2027-02-30 is refused). */
export const dateSchema = z.iso.date({ error: 'date.invalid' }).max(LIMITS.civilDate, { error: 'date.invalid' });

/** Today's civil date, as the caller's clock sees it, in the lawyer's time zone. */
export const todaySchema = z.iso.date();

export function pastOrTodayDate(today: string) {
  // ISO dates compare correctly as strings.
  return dateSchema.refine((d) => d <= today, { error: 'date.inFuture' });
}

/** Record ids are UUIDs or integers, as in the audit log. */
export const recordIdSchema = z.union(
  [
    z.uuid(),
    z
      .string()
      .max(LIMITS.integerIdDigits)
      .regex(/^[0-9]{1,18}$/),
  ],
  {
    error: 'id.invalid',
  },
);

export const countryCodeSchema = z.enum(COUNTRY_CODES, { error: 'country.unknown' });
export const languageCodeSchema = z.enum(LANGUAGE_CODES, { error: 'language.unknown' });

/** Trimmed text with a bound; empty strings become undefined so "cleared" and "absent" agree. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: 'text.tooLong' })
    .optional()
    .transform((s) => (s === '' ? undefined : s));
}

export function requiredText(max: number) {
  return z.string().trim().min(1, { error: 'text.required' }).max(max, { error: 'text.tooLong' });
}

/** Refuses repeated values in a list (of codes, ids, tags) with one issue at the repeat. */
export function uniqueList<T extends z.ZodType>(item: T, code: string, keyOf?: (v: z.output<T>) => string) {
  return z.array(item).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((v, i) => {
      const key = keyOf ? keyOf(v) : String(v);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: code, path: [i] });
      seen.add(key);
    });
  });
}

/** The first fields of every view of a case's record (power of attorney, notification, stay, deadline, hearing). */
export const caseRecordViewShape = { id: z.string(), version: z.number().int(), caseId: z.string() };
