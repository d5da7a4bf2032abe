import { z } from 'zod';
import { recordIdSchema } from './casefile-common';

/**
 * Client notes (issue 16): one page for the client in their language, from per-language data
 * files in `resources/client-notes/<code>.json`, separate from the UI translations, each with a
 * "translation reviewed" flag printed small in the footer. Zod only (the renderer imports it).
 */
export const CLIENT_NOTE_LANGUAGES = ['tr', 'en', 'ar', 'fa', 'ps', 'fr', 'kmr'] as const;
export const clientNoteLanguageSchema = z.enum(CLIENT_NOTE_LANGUAGES);
export type ClientNoteLanguage = z.infer<typeof clientNoteLanguageSchema>;

const text = z.string().trim().min(1).max(600);

export const clientNoteTextsSchema = z.strictObject({
  format: z.literal('emanet-client-note'),
  version: z.literal(1),
  language: clientNoteLanguageSchema,
  direction: z.enum(['ltr', 'rtl']),
  translationReviewed: z.boolean(),
  title: text,
  intro: text,
  nextHearing: text,
  noHearing: text,
  court: text,
  decisionTitle: text,
  /** What the last decision means, by case type; `default` for the others. */
  decision: z.record(z.string(), text).refine((d) => 'default' in d, { error: 'a "default" text is required' }),
  bringTitle: text,
  bring: z.array(text).min(1).max(10),
  dontTitle: text,
  dont: z.array(text).min(1).max(10),
  lawyer: text,
  reviewed: text,
  notReviewed: text,
});
export type ClientNoteTexts = z.infer<typeof clientNoteTextsSchema>;

export const clientNoteGenerateInputSchema = z.strictObject({
  caseId: recordIdSchema,
  language: clientNoteLanguageSchema,
  /** How the client reaches the lawyer, printed under the lawyer's name. */
  lawyerPhone: z.string().trim().max(40).optional(),
});
