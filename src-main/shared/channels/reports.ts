import { z } from 'zod';
import { REPORT_REFUSALS } from '../report-refusals';
import { kSchema, minLawyersSchema, periodSchema, reportSchema } from '../schemas/report';
import { LIMITS } from '../limits';
import { emptySchema } from '../schemas/channel-parts';

const words = z.string().min(1).max(200);
// A supervisor's label for an enrolled lawyer ("Av. Ayşe, Van"): a short name, never exported.
const lawyerLabel = z.string().max(120);
/** A headline figure: the sum of published cells; `partial` when some lawyer's was withheld. */
const kpiSchema = z.object({ value: z.number().int().nullable(), partial: z.boolean() });

/** Where this vault stands: a lawyer's (trusts an organisation), the organisation's, or neither yet. */
const statusSchema = z.object({
  role: z.enum(['lawyer', 'supervisor', 'none']),
  orgTrusted: z.object({ fingerprintWords: words, k: kSchema }).nullable(),
  /** The lawyer signing key's words (lawyer) or the organisation key's words (supervisor). */
  ownFingerprintWords: words.nullable(),
  /** The organisation's k on a supervisor vault. */
  orgK: kSchema.nullable(),
});

/** One combined, re-suppressed table as the supervisor sees it; `partial` = a lower bound. */
export const combinedTableSchema = z.object({
  id: z.string(),
  unit: z.string(),
  dimensions: z.array(z.string()),
  rows: z.array(
    z.object({
      key: z.record(z.string(), z.string()),
      count: z.number().int().nonnegative().nullable(),
      suppressed: z.boolean(),
      partial: z.boolean().optional(),
    }),
  ),
});
export type CombinedTable = z.output<typeof combinedTableSchema>;

/**
 * What happened to one chosen report file. A file signed by a key this vault has not accepted
 * is held in memory (`pendingId`) until the supervisor compared `lawyerWords` with the lawyer.
 */
export const importResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('accepted'),
    file: z.string(),
    period: z.string(),
    lawyerWords: words,
    correction: z.boolean().optional(),
  }),
  z.object({
    status: z.literal('duplicate'),
    file: z.string(),
    period: z.string(),
    lawyerWords: words,
    reason: z.enum(['sameFile', 'overlappingPeriod']),
    conflictsWith: z.string().optional(),
  }),
  z.object({ status: z.literal('refused'), file: z.string(), reason: z.enum([...REPORT_REFUSALS, 'unreadable']) }),
  z.object({ status: z.literal('unknownSigner'), file: z.string(), lawyerWords: words, pendingId: z.string() }),
]);
export type ImportFileResult = z.output<typeof importResultSchema>;

/**
 * Anonymized reports (issue 6). Files are only ever chosen in a platform dialog in the main
 * process: no channel takes a path, and none returns one (only bare file names).
 */
export const reportChannels = {
  'reports:status': { input: emptySchema, output: statusSchema },
  /** Lawyer: opens the organisation's public key file; nothing is stored until confirmTrust. */
  'reports:trustOrg': {
    input: emptySchema,
    output: z.object({ cancelled: z.boolean(), fingerprintWords: words.optional(), k: kSchema.optional() }),
  },
  /** Lawyer: the words read over the phone matched; stores the key opened by trustOrg. */
  'reports:confirmTrust': {
    input: z.object({ fingerprintWords: words }).strict(),
    output: z.object({ fingerprintWords: words, k: kSchema, ownFingerprintWords: words }),
  },
  /** Exactly the report that would leave (unsealed), for the lawyer to read table by table. */
  'reports:preview': { input: z.object({ period: periodSchema }).strict(), output: reportSchema },
  /** Writes the sealed, signed file where the save dialog says; recorded in the audit log. */
  'reports:export': {
    input: z.object({ period: periodSchema, correction: z.boolean().optional() }).strict(),
    output: z.object({ cancelled: z.boolean(), fileName: z.string().optional() }),
  },
  /** Supervisor: creates the organisation keys (or updates k); the vault becomes an organisation vault. */
  'reports:setupOrg': {
    input: z.object({ k: kSchema, minLawyers: minLawyersSchema.optional() }).strict(),
    output: z.object({ fingerprintWords: words, k: kSchema }),
  },
  'reports:exportOrgKey': {
    input: emptySchema,
    output: z.object({ cancelled: z.boolean(), fingerprintWords: words, fileName: z.string().optional() }),
  },
  /** Supervisor: report files from the open dialog (several at once), one result per file. */
  'reports:import': {
    input: emptySchema,
    output: z.object({ cancelled: z.boolean(), results: z.array(importResultSchema) }),
  },
  /** Supervisor: accepts the signing key of a held file (words compared) and imports it. */
  'reports:enroll': {
    input: z.object({ pendingId: z.string().min(1).max(64), lawyerWords: words }).strict(),
    output: importResultSchema,
  },
  /** Lawyer: the periods this vault released (the release register), newest first. */
  'reports:releases': {
    input: emptySchema,
    output: z.object({
      releases: z.array(
        z.object({
          period: z.string(),
          revision: z.number().int(),
          schemaVersion: z.number().int(),
          releasedAt: z.string(),
        }),
      ),
    }),
  },
  'reports:register': {
    input: emptySchema,
    output: z.object({
      reports: z.array(
        z.object({
          id: z.number().int(),
          lawyerWords: words,
          label: lawyerLabel.nullable(),
          period: z.string(),
          receivedAt: z.string(),
          revision: z.number().int(),
          superseded: z.boolean(),
        }),
      ),
    }),
  },
  /** Supervisor: its own name for an enrolled lawyer (for the "not reported" list); '' clears it. */
  'reports:labelLawyer': {
    input: z.object({ lawyerWords: words, label: lawyerLabel }).strict(),
    output: z.object({ updated: z.boolean() }),
  },
  /** Combined tables (all periods, or the chosen ones), suppressed again, plus cases by period. */
  'reports:dashboard': {
    input: z.object({ periods: z.array(periodSchema).max(LIMITS.dashboardPeriods).optional() }).strict(),
    output: z.object({
      k: kSchema,
      minLawyers: z.number().int(),
      periods: z.array(z.string()),
      lawyers: z.number().int(),
      tables: z.array(combinedTableSchema),
      casesOverTime: z.array(z.object({ period: z.string(), table: combinedTableSchema.nullable() })),
      kpis: z.object({
        focusPeriod: z.string().nullable(),
        active: kpiSchema,
        opened: kpiSchema,
        closed: kpiSchema,
        deadlinesMet: kpiSchema,
        deadlinesMissed: kpiSchema,
        reportsReceived: z.number().int(),
        reportsExpected: z.number().int(),
      }),
      notReported: z.array(z.object({ lawyerWords: words, label: lawyerLabel.nullable() })),
    }),
  },
  /** The combined tables as CSV through the save dialog. */
  'reports:exportCsv': {
    input: z.object({ periods: z.array(periodSchema).max(LIMITS.dashboardPeriods).optional() }).strict(),
    output: z.object({ cancelled: z.boolean(), fileName: z.string().optional() }),
  },
} as const;
