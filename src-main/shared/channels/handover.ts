import { z } from 'zod';
import { recordIdSchema } from '../schemas/casefile-common';
import { conflictMatchSchema } from '../schemas/casefile-views';
import { byCaseSchema, emptySchema } from '../schemas/channel-parts';

const fingerprint = z
  .string()
  .length(64)
  .regex(/^[0-9a-f]{64}$/);
const words = z.string();
const cancelled = z.object({ cancelled: z.literal(true) });
export const copyPolicySchema = z.enum(['read-only', 'shred']);

export const handoverPreviewSchema = z.object({
  handoverId: z.string(),
  caseId: z.string(),
  senderWords: words,
  clients: z.array(
    z.object({ id: z.string(), name: z.string(), existsHere: z.boolean(), matches: z.array(conflictMatchSchema) }),
  ),
  records: z.number().int(),
  documents: z.number().int(),
});
export type HandoverPreview = z.infer<typeof handoverPreviewSchema>;

/**
 * Case handover between lawyers (issue 17 §2). Files (key files, handover files) are chosen in the
 * main process's dialogs and read there; the renderer never sends a path. A colleague's key file
 * and an opened handover file wait in the main process (dropped on lock) until the lawyer confirms.
 */
export const handoverChannels = {
  /** This vault's receiving key words and the colleagues it trusts. */
  'handover:keys': {
    input: emptySchema,
    output: z.object({
      words,
      colleagues: z.array(z.object({ fingerprint, words, trustedAt: z.string() })),
    }),
  },
  /** Saves this vault's public key file where the lawyer chooses. */
  'handover:exportKey': { input: emptySchema, output: z.object({ saved: z.boolean() }) },
  /** Opens a colleague's key file and shows its words; trusted only after `handover:trust`. */
  'handover:openColleagueKey': {
    input: emptySchema,
    output: z.discriminatedUnion('cancelled', [
      cancelled,
      z.object({ cancelled: z.literal(false), fingerprint, words }),
    ]),
  },
  /** Trusts the key opened above (the lawyer compared the words). */
  'handover:trust': { input: z.object({ fingerprint }).strict(), output: z.object({ words }) },
  'handover:untrust': { input: z.object({ fingerprint }).strict(), output: emptySchema },
  /** Whether a case was handed over (and so is read-only here). */
  'handover:status': {
    input: byCaseSchema,
    output: z.object({
      handover: z
        .object({
          handoverId: z.string(),
          copy: copyPolicySchema,
          sentAt: z.string(),
          confirmedAt: z.string().nullable(),
        })
        .nullable(),
    }),
  },
  /** Seals the case to a trusted colleague into a file saved where the lawyer chooses. */
  'handover:send': {
    input: z.object({ caseId: recordIdSchema, to: fingerprint, copy: copyPolicySchema }).strict(),
    output: z.discriminatedUnion('cancelled', [
      cancelled,
      z.object({
        cancelled: z.literal(false),
        handoverId: z.string(),
        records: z.number().int(),
        documents: z.number().int(),
      }),
    ]),
  },
  /** The sender enters the code the recipient read back; with 'shred' the copy is destroyed. */
  'handover:confirm': {
    input: z.object({ handoverId: z.uuid(), code: z.string().trim().min(1).max(40) }).strict(),
    output: z.object({ shredded: z.boolean(), documents: z.number().int() }),
  },
  /** Takes back an unconfirmed handover: the sender's case is editable again. */
  'handover:withdraw': { input: z.object({ handoverId: z.uuid() }).strict(), output: emptySchema },
  /** Opens a handover file, verifies it and shows what it holds with the conflict check. */
  'handover:openFile': {
    input: emptySchema,
    output: z.discriminatedUnion('cancelled', [
      cancelled,
      z.object({ cancelled: z.literal(false), preview: handoverPreviewSchema }),
    ]),
  },
  /**
   * Imports the opened file; each `attach` pair puts a client of the file onto an existing client
   * here (pairs, not a map, so the input has a bound like every other channel's).
   */
  'handover:receive': {
    input: z
      .object({
        attach: z.array(z.object({ fileClientId: recordIdSchema, existingId: recordIdSchema }).strict()).max(100),
      })
      .strict(),
    output: z.object({
      handoverId: z.string(),
      caseId: z.string(),
      records: z.number().int(),
      documents: z.number().int(),
      confirmationCode: z.string(),
    }),
  },
  /** Forgets the opened file or key: nothing was written. */
  'handover:cancel': { input: emptySchema, output: emptySchema },
} as const;
