import { z } from 'zod';
import { dateSchema, languageCodeSchema, optionalText, recordIdSchema, requiredText } from './casefile-common';
import { LIMITS } from '../limits';

/**
 * Documents as the renderer and the CLI see them. Keys, storage names and paths never appear
 * here: they stay in the main process.
 */
export const DOCUMENT_CATEGORIES = [
  'decision',
  'petition',
  'identity-document',
  'evidence',
  'medical',
  'correspondence',
  'other',
] as const;
export const documentCategorySchema = z.enum(DOCUMENT_CATEGORIES, { error: 'document.unknownCategory' });
export type DocumentCategory = z.infer<typeof documentCategorySchema>;

/** 2 GiB: far above any scan a lawyer attaches, low enough that a typo in `size` is caught. */
export const MAX_DOCUMENT_BYTES = 2 * 1024 ** 3;
/** One IPC upload chunk, decoded. Base64 makes it 4/3 larger on the wire. */
export const MAX_UPLOAD_CHUNK_BYTES = 1024 * 1024;
export const MAX_UPLOAD_CHUNK_BASE64 = Math.ceil(MAX_UPLOAD_CHUNK_BYTES / 3) * 4;
/** One `documents:read` answer, decoded and in base64: the same 1 MiB as uploads. */
export const MAX_READ_CHUNK_BYTES = MAX_UPLOAD_CHUNK_BYTES;
export const MAX_READ_CHUNK_BASE64 = MAX_UPLOAD_CHUNK_BASE64;

/**
 * The name the file had on the lawyer's disk: shown and offered again on export, never used as a
 * path. Separators and control characters are refused so it cannot become one by accident.
 */
export const originalNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'document.nameRequired' })
  .max(255, { error: 'text.tooLong' })
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/, { error: 'document.badName' })
  .refine((name) => name !== '.' && name !== '..', { error: 'document.badName' });

/** `type/subtype`, lower case, no parameters: what decides how (and whether) a file is shown. */
export const mediaTypeSchema = z
  .string()
  .max(LIMITS.mediaType, { error: 'document.badMediaType' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/, { error: 'document.badMediaType' });

export const documentMetadataSchema = z
  .object({
    caseId: recordIdSchema,
    clientId: recordIdSchema.optional(),
    title: requiredText(300),
    category: documentCategorySchema,
    documentDate: dateSchema.optional(),
    note: optionalText(5000),
    language: languageCodeSchema.optional(),
  })
  .strict();
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;

export const documentVersionViewSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  versionNo: z.number().int().min(1),
  originalName: z.string(),
  mediaType: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
});
export type DocumentVersionView = z.infer<typeof documentVersionViewSchema>;

export const documentViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  clientId: z.string().nullable(),
  title: z.string(),
  category: documentCategorySchema,
  documentDate: z.string().nullable(),
  note: z.string().nullable(),
  language: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  latest: documentVersionViewSchema,
  versionCount: z.number().int().min(1),
  /** A PDF whose text is not in the search index yet (it is read behind the import). */
  textPending: z.boolean(),
});
export type DocumentView = z.infer<typeof documentViewSchema>;

/** Why a version failed: its file is gone, a chunk did not authenticate, or the hash differs. */
export const VERIFY_PROBLEMS = ['missing', 'integrity', 'checksum'] as const;
export const documentVerifyResultSchema = z.object({
  id: z.string(),
  ok: z.boolean(),
  versions: z.array(
    z.object({
      id: z.string(),
      versionNo: z.number().int(),
      ok: z.boolean(),
      problem: z.enum(VERIFY_PROBLEMS).nullable(),
    }),
  ),
});
export type DocumentVerifyResult = z.infer<typeof documentVerifyResultSchema>;

export const addedDocumentSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  versionNo: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
});
export type AddedDocument = z.infer<typeof addedDocumentSchema>;
