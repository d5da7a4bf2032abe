import type { Db } from '../../db/connection';
import { buildReport, parsePeriod, reportToCsv, type Period } from '../../domain/reports';
import { AppError } from '../../shared/errors';
import { K_DEFAULT, reportSchema, type Report } from '../../shared/schemas/report';
import { recordAudit } from '../audit-log';
import type { Clock } from '../clock';
import { sealReport } from './envelope';
import { fingerprintWords } from './fingerprint';
import { wordsOfFile } from './org-key-file';
import { ensureLawyerKey, ensureOrgKeys, type KeyStoreDeps } from './key-store';
import type { OrgKeyFile } from './org-key-file';
import { loadReportRecords } from './report-records';
import { trustedOrg, trustOrgKey } from './trust';

export interface ReportServiceDeps {
  db: () => Db;
  clock: Clock;
  /** VaultService.deriveKey: the subkey that wraps this vault's report keys. */
  deriveKey: (purpose: 'report-keys') => Buffer;
}

const nowIso = (clock: Clock): string => new Date(clock.now()).toISOString();
const todayOf = (clock: Clock): string => new Date(clock.now()).toLocaleDateString('sv-SE');

/** Runs with the key store, zero-filling the wrapping key however `run` ends. */
export async function withKeyStore<T>(deps: ReportServiceDeps, run: (ks: KeyStoreDeps) => Promise<T>): Promise<T> {
  const wrapKey = deps.deriveKey('report-keys');
  try {
    return await run({ db: deps.db(), wrapKey, now: () => nowIso(deps.clock) });
  } finally {
    wrapKey.fill(0);
  }
}

export function requirePeriod(text: string, today: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new AppError('VALIDATION', 'Invalid period', ['period:period.invalid']);
  if (period.from > today) throw new AppError('VALIDATION', 'The period has not started', ['period:period.notStarted']);
  return period;
}

/**
 * k is the organisation's: the trusted key file carries it. A lawyer may suppress more (a higher
 * k) but never less; without a trusted organisation (an unsealed preview) the default applies.
 */
function resolveK(requested: number | undefined, floor: number): number {
  if (requested === undefined) return floor;
  if (!Number.isInteger(requested) || requested < floor || requested > 100)
    throw new AppError('VALIDATION', 'k is below the organisation\u2019s threshold', ['k:report.kBelowPolicy']);
  return requested;
}

export interface ExportOptions {
  period: string;
  k?: number;
}

export interface SealedExport {
  bytes: Buffer;
  report: Report;
  orgFingerprint: string;
  signerFingerprint: string;
}

export function createReportService(deps: ReportServiceDeps) {
  /** Builds exactly what would leave, validated against the allowlist schema. */
  async function preview(options: ExportOptions, floor: number): Promise<Report> {
    const period = requirePeriod(options.period, todayOf(deps.clock));
    const k = resolveK(options.k, floor);
    const records = await loadReportRecords(deps.db(), period);
    const built = buildReport(records, { period, k, today: todayOf(deps.clock) });
    // The domain builds a few extra fields on rows (partial) only when aggregating; the schema
    // is strict, so anything unexpected here stops the export instead of leaving.
    return reportSchema.parse(built);
  }

  async function previewWithPolicy(options: ExportOptions): Promise<Report> {
    const org = await deps.db().selectFrom('trusted_org').select('k').executeTakeFirst();
    return preview(options, org?.k ?? K_DEFAULT);
  }

  return {
    async orgKeygen(k?: number): Promise<{ file: OrgKeyFile; fingerprint: string; words: string }> {
      const keys = await withKeyStore(deps, (ks) => ensureOrgKeys(ks, k === undefined ? undefined : resolveK(k, 3)));
      await recordAudit(deps.db(), deps.clock, { action: 'created', entity: 'report' });
      // The words cover k and the file's serial, not just the key: see orgKeyFileWords.
      return { file: keys.file, fingerprint: keys.fingerprint, words: wordsOfFile(keys.file) };
    },

    async trustOrg(keyFileText: string) {
      const trusted = await trustOrgKey(deps.db(), keyFileText, nowIso(deps.clock));
      const lawyer = await withKeyStore(deps, ensureLawyerKey);
      await recordAudit(deps.db(), deps.clock, { action: 'updated', entity: 'setting' });
      return {
        fingerprint: trusted.fingerprint,
        words: wordsOfFile(trusted.file),
        k: trusted.file.k,
        lawyerFingerprint: lawyer.fingerprint,
        lawyerWords: fingerprintWords(lawyer.fingerprint),
      };
    },

    /** The report as it would leave, for the lawyer's preview (and the unsealed export). */
    preview: previewWithPolicy,

    async exportSealed(options: ExportOptions): Promise<SealedExport> {
      const org = await trustedOrg(deps.db());
      const report = await preview(options, org.file.k);
      const signer = await withKeyStore(deps, ensureLawyerKey);
      const bytes = sealReport(
        JSON.stringify(report),
        { privateKey: signer.privateKey, publicKey: signer.publicKey },
        { fingerprint: org.fingerprint, x25519: org.file.x25519 },
      );
      await recordAudit(deps.db(), deps.clock, { action: 'exported', entity: 'report' });
      return { bytes, report, orgFingerprint: org.fingerprint, signerFingerprint: signer.fingerprint };
    },

    async exportUnsealed(options: ExportOptions, format: 'json' | 'csv'): Promise<{ text: string; report: Report }> {
      const report = await previewWithPolicy(options);
      await recordAudit(deps.db(), deps.clock, { action: 'exported', entity: 'report' });
      return { text: format === 'csv' ? reportToCsv(report) : JSON.stringify(report, null, 2) + '\n', report };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
