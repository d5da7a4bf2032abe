import { readFile, stat } from 'node:fs/promises';
import { parseAndRun, UsageError } from './output';
import { resolve } from 'node:path';
import { parseCommandLine, stringOptions } from './args';
import { z } from 'zod';
import { systemClock, type Clock } from '../services/clock';
import {
  createReportService,
  importReports,
  contactOf,
  minLawyersOf,
  refusalOf,
  type ReportServiceDeps,
  writePublicKeyFile,
  writeReportFile,
} from '../services/reports';
import { AppError } from '../shared/errors';
import { orgContactSchema, type OrgContact } from '../shared/schemas/report';
import { validationDetails } from '../shared/validation-details';
import type { Language } from '../shared/schemas/vault';
import type { CliIo } from './io';
import { REPORT_MESSAGES } from './report-messages';
import { withVault } from './vault-session';

/**
 * `org keygen|trust` and `report export|aggregate`: anonymized reports to the organisation.
 * They parse their own options (main.ts routes `org …` and `report …` here).
 */
export const REPORT_COMMAND_NAMES = ['org keygen', 'org trust', 'report export', 'report aggregate'];

/** Where `org keygen` writes the public key file without --out: the current folder. */
export const ORG_KEY_FILE_NAME = 'emanet-org-public-key.json';

export function isReportCommand(argv: readonly string[]): boolean {
  return argv[0] === 'org' || argv[0] === 'report';
}

const kOption = z.coerce.number().int().min(3).max(100).optional();
const argsSchema = z.object({
  command: z.enum(['org keygen', 'org trust', 'report export', 'report aggregate']),
  files: z.array(z.string().min(1)),
  vault: z.string().min(1),
  out: z.string().min(1).optional(),
  publicKey: z.string().min(1).optional(),
  period: z.string().optional(),
  k: kOption,
  /** `org keygen`: N, the lawyers merged before sensitive codes are shown. */
  minLawyers: z.coerce.number().int().min(2).max(50).optional(),
  /** `org keygen`: the coordinator signed into the key file (issue 16); a name is needed with a phone or e-mail. */
  contactName: z.string().optional(),
  contactPhone: z.string().optional(),
  contactEmail: z.string().optional(),
  unsealed: z.boolean(),
  format: z.enum(['json', 'csv']).optional(),
  force: z.boolean(),
  /** `report export`: an explicit correction of a period already released. */
  correction: z.boolean(),
  /** The fingerprint words of the one new signer to accept (compared with that lawyer). */
  enroll: z.string().trim().min(1).max(200).optional(),
  json: z.boolean(),
});
type ReportArgs = z.infer<typeof argsSchema>;
type Messages = (typeof REPORT_MESSAGES)[Language];

interface Result {
  json: unknown;
  text: string;
  warnings?: string[];
}

function parse(argv: string[]): ReportArgs {
  const { values, positionals } = parseCommandLine(argv, {
    ...stringOptions('out', 'public-key', 'period', 'k', 'min-lawyers', 'format', 'enroll'),
    ...stringOptions('contact-name', 'contact-phone', 'contact-email'),
    unsealed: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    correction: { type: 'boolean', default: false },
  });
  const [group, sub, ...files] = positionals;
  const {
    'public-key': publicKey,
    'min-lawyers': minLawyers,
    'contact-name': contactName,
    'contact-phone': contactPhone,
    'contact-email': contactEmail,
    'insecure-test-kdf': _ignored,
    ...rest
  } = values;
  return argsSchema.parse({
    command: `${group} ${sub}`,
    files,
    publicKey,
    minLawyers,
    contactName,
    contactPhone,
    contactEmail,
    ...rest,
  });
}

/**
 * The coordinator from `--contact-name/--contact-phone/--contact-email`, checked with the key
 * file's own schema (exit 4 with `path:code` on a bad one); undefined when none is given.
 */
function contactOfArgs(args: ReportArgs): OrgContact | undefined {
  const given = [args.contactName, args.contactPhone, args.contactEmail].some((v) => v !== undefined);
  if (!given) return undefined;
  const parsed = orgContactSchema.safeParse({
    name: args.contactName ?? '',
    ...(args.contactPhone ? { phone: args.contactPhone } : {}),
    ...(args.contactEmail ? { email: args.contactEmail } : {}),
  });
  if (!parsed.success) throw new AppError('VALIDATION', 'Invalid contact', validationDetails(parsed.error.issues));
  return parsed.data;
}

function withReports<T>(args: ReportArgs, io: CliIo, clock: Clock, run: (deps: ReportServiceDeps) => Promise<T>) {
  return withVault(io, resolve(args.vault), (s) => run(s.reports), { clock });
}

async function refuseExisting(path: string, force: boolean, m: Messages): Promise<void> {
  if (force) return;
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new AppError('CONFLICT', m.exists);
}

async function run(args: ReportArgs, io: CliIo, clock: Clock, m: Messages): Promise<Result> {
  const noFiles = args.files.length === 0;
  switch (args.command) {
    case 'org keygen': {
      if (!noFiles) throw new UsageError(m.usage);
      // The public half only, in the working folder by default: never inside the vault folder
      // (a panic wipe or a restore would take it, and the vault folder holds only the vault).
      const out = resolve(args.out ?? ORG_KEY_FILE_NAME);
      await refuseExisting(out, args.force, m);
      const contact = contactOfArgs(args);
      const keys = await withReports(args, io, clock, (deps) =>
        createReportService(deps).orgKeygen(args.k, args.minLawyers, contact),
      );
      await writePublicKeyFile(out, keys.file);
      return {
        json: {
          publicKeyFile: out,
          fingerprint: keys.words,
          k: keys.file.k,
          minLawyers: keys.file.version >= 3 ? minLawyersOf(keys.file) : null,
          contact: contactOf(keys.file),
        },
        text: m.keygen(out, keys.words),
      };
    }
    case 'org trust': {
      if (!noFiles || args.publicKey === undefined) throw new UsageError(m.usage);
      const text = await readFile(resolve(args.publicKey), 'utf8');
      const t = await withReports(args, io, clock, (deps) => createReportService(deps).trustOrg(text));
      return {
        json: { fingerprint: t.words, k: t.k, lawyerFingerprint: t.lawyerWords },
        text: m.trusted(t.words, t.k, t.lawyerWords),
      };
    }
    case 'report export': {
      if (!noFiles || args.out === undefined || args.period === undefined) throw new UsageError(m.usage);
      if (args.format !== undefined && !args.unsealed) throw new UsageError(m.usage);
      const out = resolve(args.out);
      await refuseExisting(out, args.force, m);
      const options = {
        period: args.period,
        correction: args.correction,
        ...(args.k !== undefined ? { k: args.k } : {}),
      };
      if (args.unsealed) {
        const format = args.format ?? 'json';
        const written = await withReports(args, io, clock, (deps) =>
          createReportService(deps).exportUnsealed(options, format),
        );
        await writeReportFile(out, written.text);
        return {
          json: summary(out, written.report, { sealed: false, format }),
          text: m.exported(out, written.report.tables.length),
          warnings: [m.unsealedWarning],
        };
      }
      const sealed = await withReports(args, io, clock, (deps) => createReportService(deps).exportSealed(options));
      await writeReportFile(out, sealed.bytes);
      return {
        json: summary(out, sealed.report, { sealed: true, format: 'sealed' }),
        text: m.exported(out, sealed.report.tables.length),
      };
    }
    case 'report aggregate': {
      if (noFiles) throw new UsageError(m.usage);
      const files = await Promise.all(args.files.map(async (f) => ({ name: f, bytes: await readFile(resolve(f)) })));
      const enrollWords = args.enroll ?? null;
      const result = await withReports(args, io, clock, (deps) => importReports(deps, files, { enrollWords }));
      return {
        json: result,
        text: m.aggregated(result.accepted.length),
        warnings: result.duplicates.map((d) => m.duplicate(d.file, d.period, d.conflictsWith)),
      };
    }
  }
}

/** What was written, without the figures themselves (those are in the file). */
function summary(
  out: string,
  report: {
    period: string;
    revision: number;
    k: number;
    excludedForNoConsent: number;
    tables: ReadonlyArray<{ id: string; rows: ReadonlyArray<{ suppressed: boolean }> }>;
  },
  how: { sealed: boolean; format: string },
) {
  return {
    out,
    ...how,
    period: report.period,
    revision: report.revision,
    k: report.k,
    excludedForNoConsent: report.excludedForNoConsent,
    tables: report.tables.map((t) => ({
      id: t.id,
      cells: t.rows.length,
      suppressed: t.rows.filter((r) => r.suppressed).length,
    })),
  };
}

/** Runs one `org …`/`report …` invocation; prints like main.ts does and returns the exit code. */
export function runReportCommand(argv: string[], io: CliIo, clock: Clock = systemClock): Promise<number> {
  return parseAndRun(
    io,
    REPORT_MESSAGES,
    () => parse(argv),
    async (args, m) => {
      const result = await run(args, io, clock, m);
      return { json: result.json, text: result.text, stderr: result.warnings ?? [] };
    },
    (_args, m) => (error) => {
      const refusal = refusalOf(error);
      if (refusal !== undefined) {
        // An unknown signer's message carries its fingerprint words, which the supervisor needs.
        const message = refusal === 'report.unknownSigner' && error ? error.message : m.refusals[refusal];
        return { message, details: null, errorFields: { reason: refusal } };
      }
      return error?.code === 'CONFLICT' ? { message: error.message } : undefined;
    },
  );
}
