import { z } from 'zod';
import { CASE_TYPES } from './deadlines';
import { CONFLICT_REASONS, NAME_REASONS } from './conflict-reasons';

/**
 * Import of an existing client list from a spreadsheet (issue 17): the fields a column can be
 * mapped to, the mapping the lawyer saves for next time, and what the preview shows per row.
 * Shared with the renderer (mapping screen) and the CLI (`import clients --mapping FILE`).
 */

/** Client fields first, then the case a row may open; 'fullName' is split into given and family names. */
export const IMPORT_CLIENT_FIELDS = [
  'fullName',
  'givenName',
  'familyName',
  'alias',
  'fatherName',
  'motherName',
  'dateOfBirth',
  'gender',
  'nationality',
  'languages',
  'phone',
  'foreignId',
  'temporaryProtectionId',
  'turkishId',
  'passport',
  'unhcr',
] as const;
export const IMPORT_CASE_FIELDS = ['caseType', 'fileNumber', 'openedOn', 'notifiedOn'] as const;
export const IMPORT_FIELDS = [...IMPORT_CLIENT_FIELDS, ...IMPORT_CASE_FIELDS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const importFieldSchema = z.enum(IMPORT_FIELDS, { error: 'import.unknownField' });

/** Rows one import handles; a larger list is split by the lawyer (or imported twice). */
export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_COLUMNS = 100;
/** Bytes of a spreadsheet read at most (checked before reading). */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Which column (0-based) holds which field, with a case type for every row when the sheet has
 * none. A column maps to one field; a field to at most one column. Headers are kept so that a
 * saved mapping is offered again for a sheet with the same headers.
 */
export const importMappingSchema = z
  .strictObject({
    columns: z
      .array(
        z.strictObject({
          column: z
            .number()
            .int()
            .min(0)
            .max(IMPORT_MAX_COLUMNS - 1),
          field: importFieldSchema,
        }),
      )
      .max(IMPORT_MAX_COLUMNS),
    defaultCaseType: z.enum(CASE_TYPES, { error: 'case.unknownType' }).optional(),
    /** The first row holds headers (default). */
    hasHeader: z.boolean().default(true),
  })
  .superRefine((m, ctx) => {
    const columns = new Set<number>();
    const fields = new Set<string>();
    m.columns.forEach((c, i) => {
      if (columns.has(c.column)) ctx.addIssue({ code: 'custom', message: 'import.columnTwice', path: ['columns', i] });
      if (fields.has(c.field)) ctx.addIssue({ code: 'custom', message: 'import.fieldTwice', path: ['columns', i] });
      columns.add(c.column);
      fields.add(c.field);
    });
  });
export type ImportMapping = z.output<typeof importMappingSchema>;
export type ImportMappingInput = z.input<typeof importMappingSchema>;

export const IMPORT_CHOICES = ['import', 'merge', 'skip'] as const;
export type ImportChoice = (typeof IMPORT_CHOICES)[number];

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1254'] as const;
export type TextEncodingName = (typeof ENCODINGS)[number];

const conflictView = z.object({
  id: z.string(),
  name: z.string(),
  score: z.number(),
  reasons: z.array(z.enum(CONFLICT_REASONS)),
  nameReasons: z.array(z.enum(NAME_REASONS)),
});

/** One row of the preview: what will be written, why it cannot be, and who it may already be. */
export const importRowViewSchema = z.object({
  /** 1-based, as the spreadsheet numbers its rows (the header is row 1). */
  row: z.number().int(),
  /** Display values per field as read (after dates and codes are resolved). */
  values: z.partialRecord(importFieldSchema, z.string()),
  /** `path:code`, the same codes the forms show. Empty when the row can be imported. */
  errors: z.array(z.string()),
  /** Possible conflicts of interest in the vault, best first. */
  conflicts: z.array(conflictView),
  /** Other rows of the same file that may be the same person. */
  duplicateOf: z.array(z.number().int()),
  /** What happens by default: skip a row with errors or a likely match, import the others. */
  suggested: z.enum(IMPORT_CHOICES),
});
export type ImportRowView = z.infer<typeof importRowViewSchema>;

export const importSourceSchema = z.object({
  kind: z.enum(['xlsx', 'csv']),
  encoding: z.enum(ENCODINGS).nullable(),
  delimiter: z.string().max(1).nullable(),
  headers: z.array(z.string()),
  rowCount: z.number().int(),
});
export type ImportSource = z.infer<typeof importSourceSchema>;

export const importPreviewSchema = z.object({
  source: importSourceSchema,
  mapping: z.object({
    columns: z.array(z.object({ column: z.number().int(), field: importFieldSchema })),
    defaultCaseType: z.enum(CASE_TYPES).optional(),
    hasHeader: z.boolean(),
  }),
  /** Where the mapping came from: recognised headers, a mapping saved for these headers, or given. */
  mappingOrigin: z.enum(['recognised', 'saved', 'given']),
  rows: z.array(importRowViewSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importDecisionSchema = z.strictObject({
  row: z.number().int().min(1),
  choice: z.enum(IMPORT_CHOICES),
  /** For 'merge': the vault client the row is merged into. */
  mergeInto: z.string().max(64).optional(),
});
export type ImportDecision = z.infer<typeof importDecisionSchema>;

export const importOutcomeSchema = z.object({
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  cases: z.number().int(),
  deadlines: z.number().int(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      outcome: z.enum(['created', 'merged', 'skipped']),
      clientId: z.string().nullable(),
      caseId: z.string().nullable(),
    }),
  ),
});
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;
