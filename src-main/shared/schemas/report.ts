import { z } from 'zod';
import { COUNTRY_CODES } from '../iso/countries';
import { ACTIVITY_KINDS } from './casefile-views';
import { CASE_OUTCOMES } from './cases';
import { GENDERS, VULNERABILITY_CODES } from './clients';
import { CASE_TYPES } from './deadlines';
import { LIMITS } from '../limits';

/**
 * The anonymized report that leaves a lawyer's machine for the organisation: an ALLOWLIST.
 *
 * Every object is strict and every dimension value is a closed vocabulary, so free text (a name,
 * an identity number, a note, a file name, a date) cannot be carried in any field, not even by a
 * bug upstream: the report is parsed with this schema before it is sealed or written, and again
 * when the supervisor opens it. Adding a field or a table is a deliberate change here, and the
 * snapshot test in tests/unit/reports fails until it is reviewed.
 */
export const REPORT_SCHEMA_VERSION = 2;
/**
 * Version 1 (small-cell suppression) reports are no longer accepted from lawyers: they carry the
 * leaks issue 15 describes. A supervisor's register may still hold some; the dashboard reads them.
 */
export const LEGACY_REPORT_SCHEMA_VERSION = 1;
/** How many corrections of one period a lawyer may release: each one is another noisy reading. */
export const MAX_REVISION = 3;

/** k for small-cell suppression: the organisation chooses; below 3 suppression means nothing. */
export const K_MIN = 3;
export const K_MAX = 100;
export const K_DEFAULT = 5;
export const kSchema = z.number().int().min(K_MIN).max(K_MAX);

/** A calendar month `2026-07` or a quarter `2026-Q3`; nothing finer ever appears in a report. */
export const PERIOD_RE = /^(20\d{2})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;
export const periodSchema = z.string().max(LIMITS.period).regex(PERIOD_RE);

export const CASE_MEASURES = ['opened', 'active', 'closed'] as const;
export const AGE_BANDS = ['0-17', '18-24', '25-59', '60+', 'unknown'] as const;
export const INTERPRETER_VALUES = ['needed', 'not-needed'] as const;
export const DEADLINE_RESULTS = ['met', 'missed', 'open'] as const;
/** Merge buckets for nationalities outside the organisation's list, and for clients with none recorded. */
export const NATIONALITY_OTHER = 'other';
export const NATIONALITY_UNKNOWN = 'unknown';
/**
 * The organisation's list of nationalities a report names, in this fixed order (never by count:
 * an order by count leaks rank). Every other nationality goes to "other"; every report carries
 * every row, so which rows appear says nothing either.
 */
export const ORGANISATION_NATIONALITIES = [
  'SY',
  'AF',
  'IR',
  'IQ',
  'PK',
  'SO',
  'PS',
  'YE',
  'SD',
  'ER',
  'UZ',
  'TM',
] as const;
/**
 * Vulnerability codes that are published only organisation-wide: a supervisor's dashboard shows
 * them only when at least N lawyers' reports are merged (N in the organisation key file).
 */
export const SENSITIVE_VULNERABILITIES = [
  'survivor-of-torture',
  'survivor-of-rape',
  'survivor-of-serious-violence',
  'trafficking-victim',
  'lgbti',
  'unaccompanied-child',
] as const satisfies ReadonlyArray<(typeof VULNERABILITY_CODES)[number]>;
/** N by default: sensitive codes are shown when at least this many lawyers' reports are merged. */
export const MIN_LAWYERS_DEFAULT = 3;
/** N of 1 would show one lawyer's sensitive figure: at least 2. */
export const minLawyersSchema = z.number().int().min(2).max(50);

/**
 * The organisation's coordinator a volunteer can ask (issue 16), carried signed in the
 * organisation key file. One line each; a phone of digits, spaces, +, -, ( and ).
 */
export const orgContactSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^\r\n\t]+$/),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{2,29}$/)
    .optional(),
  email: z.email().max(200).optional(),
});
export type OrgContact = z.infer<typeof orgContactSchema>;
/** Pro bono hours are published rounded to this base. */
export const HOURS_ROUNDING_BASE = 5;
/** Dominance rule for hours: the total is withheld when one case makes up more than this share. */
export const HOURS_DOMINANCE_SHARE = 0.5;

const caseType = z.enum(CASE_TYPES);
const nationality = z.enum([...COUNTRY_CODES, NATIONALITY_OTHER, NATIONALITY_UNKNOWN]);

function cell<K extends z.ZodRawShape>(key: K) {
  return z
    .strictObject({
      key: z.strictObject(key),
      count: z.number().int().nonnegative().nullable(),
      suppressed: z.boolean(),
    })
    .refine((r) => r.suppressed === (r.count === null), { error: 'report.suppressedMeansNull' });
}

/** `unit` says what a count counts, so a dashboard never adds hours to people. */
function table<I extends string, U extends string, D extends z.ZodTuple, K extends z.ZodRawShape>(
  id: I,
  unit: U,
  dimensions: D,
  key: K,
) {
  return z.strictObject({
    id: z.literal(id),
    unit: z.literal(unit),
    dimensions,
    rows: z.array(cell(key)).max(2000),
  });
}

const oneDimension = <A extends string>(a: A) => z.tuple([z.literal(a)]);
const twoDimensions = <A extends string, B extends string>(a: A, b: B) => z.tuple([z.literal(a), z.literal(b)]);

/** The tables a report may hold; cross-tabulations (two dimensions) only where listed here. */
export const REPORT_TABLES = {
  'cases.by-type': table('cases.by-type', 'cases', twoDimensions('caseType', 'measure'), {
    caseType,
    measure: z.enum(CASE_MEASURES),
  }),
  'outcomes.by-type': table('outcomes.by-type', 'cases', twoDimensions('caseType', 'outcome'), {
    caseType,
    outcome: z.enum(CASE_OUTCOMES),
  }),
  'clients.by-nationality': table('clients.by-nationality', 'clients', oneDimension('nationality'), { nationality }),
  'clients.by-gender': table('clients.by-gender', 'clients', oneDimension('gender'), {
    gender: z.enum([...GENDERS, 'unknown']),
  }),
  'clients.by-age-band': table('clients.by-age-band', 'clients', oneDimension('ageBand'), {
    ageBand: z.enum(AGE_BANDS),
  }),
  'clients.by-vulnerability': table('clients.by-vulnerability', 'clients', oneDimension('vulnerability'), {
    vulnerability: z.enum(VULNERABILITY_CODES),
  }),
  'clients.by-interpreter': table('clients.by-interpreter', 'clients', oneDimension('interpreter'), {
    interpreter: z.enum(INTERPRETER_VALUES),
  }),
  'activities.by-kind': table('activities.by-kind', 'activities', oneDimension('activityKind'), {
    activityKind: z.enum(ACTIVITY_KINDS),
  }),
  'hours.pro-bono': table('hours.pro-bono', 'hours', oneDimension('measure'), { measure: z.literal('pro-bono-hours') }),
  'deadlines.by-result': table('deadlines.by-result', 'deadlines', oneDimension('result'), {
    result: z.enum(DEADLINE_RESULTS),
  }),
} as const;

export type ReportTableId = keyof typeof REPORT_TABLES;
export const REPORT_TABLE_IDS = Object.keys(REPORT_TABLES) as ReportTableId[];

const T = REPORT_TABLES;
const tableSchema = z.discriminatedUnion('id', [
  T['cases.by-type'],
  T['outcomes.by-type'],
  T['clients.by-nationality'],
  T['clients.by-gender'],
  T['clients.by-age-band'],
  T['clients.by-vulnerability'],
  T['clients.by-interpreter'],
  T['activities.by-kind'],
  T['hours.pro-bono'],
  T['deadlines.by-result'],
]);

const reportFields = {
  period: periodSchema,
  k: kSchema,
  excludedForNoConsent: z.number().int().nonnegative(),
  tables: z.array(tableSchema).max(REPORT_TABLE_IDS.length),
};
const distinctTables = (r: { tables: ReadonlyArray<{ id: string }> }) =>
  new Set(r.tables.map((t) => t.id)).size === r.tables.length;

/**
 * Version 2: counts are cell-key perturbed (never 1 or 2), `revision` is 1 for a period's first
 * release and 2.. for its explicit corrections (domain/reports/DISCLOSURE-CONTROL.md).
 */
export const reportSchema = z
  .strictObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    revision: z
      .number()
      .int()
      .min(1)
      .max(MAX_REVISION + 1),
    ...reportFields,
  })
  .refine(distinctTables, { error: 'report.duplicateTable' });

/** A version 1 report as an older register stored it (read for the dashboard, never accepted anew). */
export const legacyReportSchema = z
  .strictObject({ schemaVersion: z.literal(LEGACY_REPORT_SCHEMA_VERSION), ...reportFields })
  .refine(distinctTables, { error: 'report.duplicateTable' });

/** What a register row may hold. */
export const storedReportSchema = z.union([reportSchema, legacyReportSchema]);
export type StoredReport = z.output<typeof storedReportSchema>;

export type Report = z.output<typeof reportSchema>;
export type ReportTable = Report['tables'][number];

/** A row as the domain builds it, before the schema narrows keys to each table's vocabulary. */
export interface ReportRow {
  key: Record<string, string>;
  count: number | null;
  suppressed: boolean;
}
