import { z } from 'zod';
import { recordIdSchema } from '../schemas/casefile-common';

/**
 * A client's own data (KVKK art. 11, issue 17). The destination is chosen in the main process's
 * save dialog; the renderer never sends or sees a path. Written: `<name>.pdf` (readable, headings
 * in Turkish or English), `<name>.json` (every record) and, when asked, `<name>-documents/`
 * with the decrypted documents.
 */
export const clientExportChannels = {
  'clientExport:save': {
    input: z
      .object({
        clientId: recordIdSchema,
        withDocuments: z.boolean(),
        language: z.enum(['tr', 'en']),
      })
      .strict(),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(false) }),
      z.object({
        saved: z.literal(true),
        cases: z.number().int(),
        documents: z.number().int(),
      }),
    ]),
  },
} as const;
