import { z } from 'zod';
import { recordIdSchema } from '../schemas/casefile-common';
import { LIMITS } from '../limits';
import {
  documentMetadataSchema,
  documentVerifyResultSchema,
  documentVersionViewSchema,
  documentViewSchema,
  MAX_DOCUMENT_BYTES,
  MAX_READ_CHUNK_BASE64,
  MAX_READ_CHUNK_BYTES,
  MAX_UPLOAD_CHUNK_BASE64,
  mediaTypeSchema,
  originalNameSchema,
} from '../schemas/documents';

const empty = z.object({}).strict();
/** Upload ids are random and opaque; 32 hex characters. */
const uploadIdSchema = z
  .string()
  .length(LIMITS.opaqueId, { error: 'upload.badId' })
  .regex(/^[0-9a-f]{32}$/, { error: 'upload.badId' });

/**
 * The renderer never hands the main process a path: a dropped file travels as bytes, in
 * numbered chunks of at most 1 MiB, inside an upload session that the main process encrypts
 * as it goes. Sessions are in memory only and are discarded (temp files removed) on lock.
 */
export const documentChannels = {
  'documents:beginUpload': {
    input: documentMetadataSchema
      .extend({
        /** Either a new document (omit) or a new version of this one. */
        documentId: recordIdSchema.optional(),
        originalName: originalNameSchema,
        mediaType: mediaTypeSchema,
        size: z.number().int().min(0).max(MAX_DOCUMENT_BYTES, { error: 'document.tooLarge' }),
      })
      .strict(),
    output: z.object({ uploadId: z.string() }),
  },
  'documents:uploadChunk': {
    input: z
      .object({
        uploadId: uploadIdSchema,
        index: z.number().int().min(0),
        bytes: z
          .string()
          .max(MAX_UPLOAD_CHUNK_BASE64, { error: 'upload.chunkTooLarge' })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'upload.badChunk' }),
      })
      .strict(),
    output: z.object({ received: z.number().int().min(0) }),
  },
  'documents:finishUpload': {
    input: z.object({ uploadId: uploadIdSchema }).strict(),
    output: z.object({ id: z.string(), versionId: z.string(), sha256: z.string(), size: z.number().int() }),
  },
  'documents:cancelUpload': { input: z.object({ uploadId: uploadIdSchema }).strict(), output: empty },
  'documents:list': {
    input: z.object({ caseId: recordIdSchema }).strict(),
    output: z.object({ documents: z.array(documentViewSchema) }),
  },
  'documents:versions': {
    input: z.object({ documentId: recordIdSchema }).strict(),
    output: z.object({ versions: z.array(documentVersionViewSchema) }),
  },
  /** Crypto-shreds every version: keys first, then the files. Not a trash: there is no undo. */
  'documents:remove': { input: z.object({ id: recordIdSchema }).strict(), output: empty },
  /**
   * A version's plaintext, in pieces of at most 1 MiB (base64), for the in-app viewer, which
   * assembles them in memory. Bytes come from the decrypting stream and are authenticated;
   * `eof` is true only once the whole file authenticated to its end.
   */
  'documents:read': {
    input: z
      .object({
        versionId: recordIdSchema,
        offset: z.number().int().min(0).max(MAX_DOCUMENT_BYTES),
        length: z.number().int().min(1).max(MAX_READ_CHUNK_BYTES, { error: 'read.tooLarge' }),
      })
      .strict(),
    output: z.object({ bytes: z.string().max(MAX_READ_CHUNK_BASE64), eof: z.boolean() }),
  },
  /**
   * Writes a decrypted copy where the lawyer chooses in the platform's save dialog (never a
   * path from the renderer). `exported` is false when the dialog was cancelled. Audited.
   */
  'documents:export': {
    input: z.object({ versionId: recordIdSchema }).strict(),
    output: z.object({ exported: z.boolean() }),
  },
  'documents:verify': {
    input: z.object({ id: recordIdSchema.optional() }).strict(),
    output: z.object({ results: z.array(documentVerifyResultSchema) }),
  },
  /**
   * The case's documents whose PDF text is still being read for search (it is read behind the
   * import). A background poll while any is pending: it does not count as activity.
   */
  'documents:textStatus': {
    input: z.object({ caseId: recordIdSchema }).strict(),
    output: z.object({ pending: z.array(z.string()).max(10_000) }),
    // Polled while a PDF's text is pending: not the lawyer's activity.
    background: true,
  },
} as const;
