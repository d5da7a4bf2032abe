import { createHash } from 'node:crypto';
import type { Db } from '../../db/connection';
import { buildReport, checkRelease, parsePeriod, reportToCsv, type Period } from '../../domain/reports';
import type { ReleaseRefusal } from '../../domain/reports/release';
import { AppError } from '../../shared/errors';
import {
  K_DEFAULT,
  minLawyersSchema,
  orgContactSchema,
  reportSchema,
  type OrgContact,
  type Report,
} from '../../shared/schemas/report';
import { recordAudit } from '../audit-log';
import type { Clock } from '../clock';
import { sealReport } from './envelope';
import { fingerprintWords } from './fingerprint';
import { wordsOfFile } from './org-key-file';
import { ensureLawyerKey, ensureOrgKeys, requireOrgKeys, type KeyStoreDeps } from './key-store';
import { signPlaybook } from '../playbooks/signed-playbook';
import type { OrgKeyFile } from './org-key-file';
import { randomSalt } from './record-keys';
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
  /** An explicit correction of a released period: replaces it, perturbed afresh. */
  correction?: boolean;
}

export interface SealedExport {
  bytes: Buffer;
  report: Report;
  orgFingerprint: string;
  signerFingerprint: string;
}

/** A refusal of the release register: a conflict with what already left, not damaged data. */
function releaseRefused(reason: ReleaseRefusal, message: string): AppError {
  return new AppError('CONFLICT', message, [reason]);
}

const RELEASE_MESSAGES: Record<ReleaseRefusal, string> = {
  'release.unfinished': 'This period has not ended yet: it can be released once its last day is past',
  'release.overlap': 'This period overlaps a period already released',
  'release.repeat': 'This period was already released and its figures changed since: release a correction instead',
  'release.nothingToCorrect': 'This period was never released: there is nothing to correct',
  'release.tooManyCorrections': 'This period has been corrected as many times as allowed',
};

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

interface Prepared {
  report: Report;
  json: string;
  /** Writes the release register row (not for a copy of an earlier release) and the audit entry. */
  commit: () => Promise<void>;
}

export function createReportService(deps: ReportServiceDeps) {
  const today = (): string => todayOf(deps.clock);

  async function build(period: Period, k: number, revision: number, salt: number): Promise<Report> {
    const records = await loadReportRecords(deps.db(), period);
    const built = buildReport(records, { period, k, today: today(), revision, salt });
    // The schema is strict: anything unexpected here stops the export instead of leaving.
    return reportSchema.parse(built);
  }

  /** The latest release of a period (its salt and revision), or the first release's. */
  async function latestRelease(period: string): Promise<{ revision: number; salt: number }> {
    const row = await deps
      .db()
      .selectFrom('report_release')
      .select(['revision', 'salt'])
      .where('period', '=', period)
      .orderBy('revision', 'desc')
      .executeTakeFirst();
    return row ?? { revision: 1, salt: 0 };
  }

  /** Exactly what would leave for this period now (a released period: its latest release's figures). */
  async function preview(options: ExportOptions, floor: number): Promise<Report> {
    const period = requirePeriod(options.period, today());
    const k = resolveK(options.k, floor);
    const { revision, salt } = await latestRelease(period.id);
    return build(period, k, revision, salt);
  }

  async function previewWithPolicy(options: ExportOptions): Promise<Report> {
    const org = await deps.db().selectFrom('trusted_org').select('k').executeTakeFirst();
    return preview(options, org?.k ?? K_DEFAULT);
  }

  /** Checks the release register, builds the report and says how to record its release. */
  async function prepareRelease(options: ExportOptions, floor: number): Promise<Prepared> {
    const period = requirePeriod(options.period, today());
    const k = resolveK(options.k, floor);
    const db = deps.db();
    const released = await db.selectFrom('report_release').select(['period', 'revision', 'salt', 'report_sha256']).execute();
    const decision = checkRelease({ period, today: today(), released, correction: options.correction === true });
    if (decision.kind === 'refused') {
      const message = RELEASE_MESSAGES[decision.reason];
      throw releaseRefused(decision.reason, decision.conflictsWith ? `${message} (${decision.conflictsWith})` : message);
    }
    const earlier =
      decision.kind === 'again' ? released.find((r) => r.period === period.id && r.revision === decision.revision) : undefined;
    const revision = decision.kind === 'first' ? 1 : decision.revision;
    const salt = decision.kind === 'first' ? 0 : decision.kind === 'correction' ? randomSalt() : (earlier?.salt ?? 0);
    const report = await build(period, k, revision, salt);
    const json = JSON.stringify(report);
    const hash = sha256(json);
    if (earlier && earlier.report_sha256 !== hash)
      throw releaseRefused('release.repeat', RELEASE_MESSAGES['release.repeat']);
    return {
      report,
      json,
      commit: async () => {
        if (!earlier)
          await db
            .insertInto('report_release')
            .values({
              period: period.id,
              period_from: period.from,
              period_to: period.to,
              revision,
              schema_version: report.schemaVersion,
              salt,
              report_sha256: hash,
              released_at: nowIso(deps.clock),
            })
            .execute();
        await recordAudit(db, deps.clock, {
          action: 'exported',
          entity: 'report',
          entityId: `${period.id}@v${report.schemaVersion}r${revision}`,
        });
      },
    };
  }

  return {
    /** Creates or re-issues the organisation key file; `contact` (issue 16) is signed into it. */
    async orgKeygen(
      k?: number,
      minLawyers?: number,
      contact?: OrgContact,
    ): Promise<{ file: OrgKeyFile; fingerprint: string; words: string }> {
      const n = minLawyers === undefined ? undefined : minLawyersSchema.parse(minLawyers);
      const c = contact === undefined ? undefined : orgContactSchema.parse(contact);
      const keys = await withKeyStore(deps, (ks) =>
        ensureOrgKeys(ks, k === undefined ? undefined : resolveK(k, 3), n, c),
      );
      await recordAudit(deps.db(), deps.clock, { action: 'created', entity: 'report' });
      // The words cover k and the file's serial, not just the key: see orgKeyFileWords.
      return { file: keys.file, fingerprint: keys.fingerprint, words: wordsOfFile(keys.file) };
    },

    /**
     * Supervisor (issue 16): signs a playbook's JSON (checked by the caller like a shipped file)
     * with the organisation key, for lawyers who trust this organisation to import.
     */
    async signPlaybook(playbook: unknown): Promise<string> {
      const org = await withKeyStore(deps, requireOrgKeys);
      await recordAudit(deps.db(), deps.clock, { action: 'created', entity: 'setting' });
      return signPlaybook(playbook, org);
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

    /** The report as it would leave, for the lawyer's preview (any started period, even unfinished). */
    preview: previewWithPolicy,

    /** The periods this vault released, newest first, for the lawyer's screen. */
    async releases(): Promise<Array<{ period: string; revision: number; schemaVersion: number; releasedAt: string }>> {
      const rows = await deps
        .db()
        .selectFrom('report_release')
        .select(['period', 'revision', 'schema_version', 'released_at'])
        .orderBy('period_from', 'desc')
        .orderBy('revision', 'desc')
        .execute();
      return rows.map((r) => ({ period: r.period, revision: r.revision, schemaVersion: r.schema_version, releasedAt: r.released_at }));
    },

    async exportSealed(options: ExportOptions): Promise<SealedExport> {
      const org = await trustedOrg(deps.db());
      const prepared = await prepareRelease(options, org.file.k);
      const signer = await withKeyStore(deps, ensureLawyerKey);
      const bytes = sealReport(
        prepared.json,
        { privateKey: signer.privateKey, publicKey: signer.publicKey },
        { fingerprint: org.fingerprint, x25519: org.file.x25519 },
      );
      await prepared.commit();
      return { bytes, report: prepared.report, orgFingerprint: org.fingerprint, signerFingerprint: signer.fingerprint };
    },

    /** The same release, unsealed: it leaves the machine too, so the same register applies. */
    async exportUnsealed(options: ExportOptions, format: 'json' | 'csv'): Promise<{ text: string; report: Report }> {
      const org = await deps.db().selectFrom('trusted_org').select('k').executeTakeFirst();
      const prepared = await prepareRelease(options, org?.k ?? K_DEFAULT);
      await prepared.commit();
      const report = prepared.report;
      return { text: format === 'csv' ? reportToCsv(report) : JSON.stringify(report, null, 2) + '\n', report };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
