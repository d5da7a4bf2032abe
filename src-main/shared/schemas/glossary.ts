import { z } from 'zod';

/** One glossary term: its Turkish and English names, plain words in both, and where it comes from. */
export const glossaryTermSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(80),
  termTr: z.string().min(1).max(100),
  termEn: z.string().min(1).max(100),
  plainTr: z.string().min(1).max(600),
  plainEn: z.string().min(1).max(600),
  /** The statute or source the plain words rest on, shown under the term. */
  source: z.string().min(1).max(300),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The volunteer's glossary (issue 16): legal terms in plain Turkish and English, each with its source. */
export const glossaryFileSchema = z.strictObject({
  format: z.literal('emanet-glossary'),
  version: z.literal(2),
  terms: z.array(glossaryTermSchema).min(1),
});
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
