import { z } from 'zod';
import { CASE_TYPES } from './deadlines';
import { CASE_STATUSES } from './cases';
import { VULNERABILITY_CODES } from './clients';
import { CONFLICT_REASONS, NAME_REASONS } from './conflict-reasons';

/**
 * What the backend sends back for lists, pages and search. Inputs are the schemas in
 * clients.ts and cases.ts; these are outputs, validated by the router before they leave.
 */
export const ACTIVITY_KINDS = [
  'call',
  'meeting',
  'removal-centre-visit',
  'hearing-attended',
  'petition-filed',
  'other',
] as const;
export const PERSON_ROLES = ['opposing-party', 'relative', 'witness', 'other'] as const;

const id = z.string();
const isoDate = z.string();
const timestamp = z.string();

export const clientRowSchema = z.object({
  id,
  givenName: z.string(),
  familyName: z.string().nullable(),
  nationality: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  openCases: z.number().int(),
  totalCases: z.number().int(),
  interpreterLanguage: z.string().nullable(),
  updatedAt: timestamp,
});
export type ClientRow = z.infer<typeof clientRowSchema>;

export const pageSchema = <T extends z.ZodType>(row: T) => z.object({ total: z.number().int(), rows: z.array(row) });

export const caseRowSchema = z.object({
  id,
  title: z.string().nullable(),
  type: z.enum(CASE_TYPES),
  status: z.enum(CASE_STATUSES),
  clients: z.array(z.object({ id, name: z.string() })),
  openedOn: isoDate,
  fileNumbers: z.array(z.object({ kind: z.string(), value: z.string() })),
  openTasks: z.number().int(),
  overdueTasks: z.number().int(),
  /** The earliest last day among the case's open legal deadlines (issue 14). */
  nextDeadline: isoDate.nullable(),
  updatedAt: timestamp,
});
export type CaseRow = z.infer<typeof caseRowSchema>;

export const recordMetaSchema = z.object({ id, version: z.number().int(), createdAt: timestamp, updatedAt: timestamp });

export const timelineItemSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('note'),
    id,
    version: z.number().int(),
    at: timestamp,
    createdAt: timestamp,
    body: z.string(),
    updatedAt: timestamp,
  }),
  z.object({
    type: z.literal('activity'),
    id,
    version: z.number().int(),
    at: isoDate,
    createdAt: timestamp,
    kind: z.enum(ACTIVITY_KINDS),
    durationMinutes: z.number().int().nullable(),
    summary: z.string().nullable(),
  }),
  z.object({
    type: z.literal('task'),
    id,
    version: z.number().int(),
    at: timestamp,
    createdAt: timestamp,
    title: z.string(),
    dueOn: isoDate.nullable(),
    doneAt: timestamp.nullable(),
  }),
  z.object({
    type: z.literal('time'),
    id,
    version: z.number().int(),
    at: isoDate,
    createdAt: timestamp,
    minutes: z.number().int(),
    description: z.string().nullable(),
    proBono: z.boolean(),
  }),
]);
export type TimelineItem = z.infer<typeof timelineItemSchema>;

export const relatedPersonSchema = z.object({
  id,
  version: z.number().int(),
  role: z.enum(PERSON_ROLES),
  name: z.string(),
  birthDate: z.string().nullable(),
  identityNumber: z.string().nullable(),
  note: z.string().nullable(),
  caseId: z.string().nullable(),
  clientId: z.string().nullable(),
});
export type RelatedPerson = z.infer<typeof relatedPersonSchema>;

export const SEARCH_KINDS = ['client', 'case', 'note', 'activity', 'person', 'document'] as const;
export const searchResultSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  id,
  /** The case to open for notes, activities and persons; the record itself otherwise. */
  caseId: z.string().nullable(),
  title: z.string(),
  /** Plain-text pieces; `hit` marks the matched words. Rendered as text, never as HTML. */
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const conflictMatchSchema = z.object({
  id,
  kind: z.enum(['client', 'person']),
  name: z.string(),
  matchedName: z.string().nullable(),
  score: z.number(),
  reasons: z.array(z.enum(CONFLICT_REASONS)),
  nameReasons: z.array(z.enum(NAME_REASONS)),
});
export type ConflictMatchView = z.infer<typeof conflictMatchSchema>;

export const trashSchema = z.object({
  clients: z.array(z.object({ id, name: z.string(), deletedAt: timestamp })),
  cases: z.array(z.object({ id, title: z.string().nullable(), type: z.enum(CASE_TYPES), deletedAt: timestamp })),
});

export const vulnerabilityFilterSchema = z.enum(VULNERABILITY_CODES);
