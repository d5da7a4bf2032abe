import { z } from 'zod';
import { recordIdSchema } from './casefile-common';

/**
 * The small schemas most channel namespaces (shared/channels/*) speak in: nothing in or out, the
 * id and version a save returns, the id and version an edit names, and "the records of a case".
 */
export const emptySchema = z.object({}).strict();
export const createdSchema = z.object({ id: z.string(), version: z.number().int() });
/** The record an edit or a removal names, at the version the screen saw (optimistic locking). */
export const versionedShape = { id: recordIdSchema, version: z.number().int().min(1) };
export const byCaseSchema = z.object({ caseId: recordIdSchema }).strict();
/** Marks a task, a deadline or a hearing done (or not), at the version the screen saw. */
export const setDoneChannel = {
  input: z.object({ ...versionedShape, done: z.boolean() }).strict(),
  output: createdSchema,
};
