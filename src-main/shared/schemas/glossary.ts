import { z } from 'zod';

/** The volunteer's glossary (issue 16): legal terms in plain Turkish and English. */
export const glossaryFileSchema = z.strictObject({
  format: z.literal('emanet-glossary'),
  version: z.literal(1),
  terms: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        termTr: z.string().min(1).max(100),
        plainTr: z.string().min(1).max(600),
        plainEn: z.string().min(1).max(600),
      }),
    )
    .min(1),
});
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
