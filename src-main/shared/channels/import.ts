import { z } from 'zod';
import {
  IMPORT_MAX_ROWS,
  importDecisionSchema,
  importMappingSchema,
  importOutcomeSchema,
  importPreviewSchema,
} from '../schemas/import';
import { emptySchema } from '../schemas/channel-parts';

/**
 * Import of a client list (issue 17). The file is chosen in the main process's open dialog and
 * read there; the renderer never sends a path or the file's bytes. The table stays in the main
 * process (dropped on lock, on cancel and after the commit); the renderer sees the preview.
 */
export const importChannels = {
  /** Opens the file dialog and previews the chosen file with the recognised or saved mapping. */
  'import:open': {
    input: emptySchema,
    output: z.discriminatedUnion('cancelled', [
      z.object({ cancelled: z.literal(true) }),
      z.object({ cancelled: z.literal(false), preview: importPreviewSchema }),
    ]),
  },
  /** The same file again under the mapping the lawyer set on screen. */
  'import:remap': {
    input: z.object({ mapping: importMappingSchema }).strict(),
    output: importPreviewSchema,
  },
  /** Writes the chosen rows in one transaction (all or none); rows not listed take the suggestion. */
  'import:commit': {
    input: z.object({ decisions: z.array(importDecisionSchema).max(IMPORT_MAX_ROWS) }).strict(),
    output: importOutcomeSchema,
  },
  /** Forgets the file read for this import: nothing was written. */
  'import:cancel': { input: emptySchema, output: emptySchema },
} as const;
