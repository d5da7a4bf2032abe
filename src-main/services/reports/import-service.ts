import { aggregateReports, parsePeriod, type SuppressedTable } from '../../domain/reports';
import { legacyReportSchema, reportSchema, type Report } from '../../shared/schemas/report';
import { recordAudit } from '../audit-log';
import { openSealedReport } from './envelope';
import { refused } from './errors';
import { fingerprintWords } from './fingerprint';
import { lawyerFingerprint, requireOrgKeys } from './key-store';
import { checkRegister, register, sameFigures, type Registered } from './register';
import { orgMinLawyers } from './report-views';
import { withKeyStore, type ReportServiceDeps } from './report-service';
import { acceptLawyer, isKnownLawyer } from './trust';

export interface ReportFile {
  /** Shown back in results (the CLI passes the path the supervisor typed). */
  name: string;
  bytes: Buffer;
}

export interface ImportOptions {
  /**
   * The fingerprint words of the ONE new signing key to accept, which the supervisor compared
   * with that lawyer; null accepts known keys only. A report from any other unknown key is
   * refused: the organisation's public key is public, so anyone can seal a report to it, and
   * one comparison must never enrol every stranger in the same batch.
   */
  enrollWords: string | null;
}

/** Words as typed: case, spacing and hyphens do not matter. */
export function normalizeWords(words: string): string {
  return words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== '')
    .join(' ');
}

export interface ImportedEntry {
  file: string;
  lawyer: string;
  period: string;
}

export interface ImportResult {
  k: number;
  accepted: Array<ImportedEntry & { status: 'new' | 'already-registered' | 'correction' }>;
  duplicates: Array<ImportedEntry & { conflictsWith: string }>;
  tables: SuppressedTable[];
}

interface Verified extends Registered {
  file: string;
  signer: string;
  /** An unknown key whose words the supervisor confirmed: accepted with this import. */
  enroll: boolean;
  report: Report;
}

/**
 * Opens, verifies and registers report files, then merges the accepted ones and suppresses the
 * merged tables again. All files are verified before anything is written: one tampered or
 * foreign file refuses the whole batch, so a supervisor never gets a half-imported set.
 */
export async function importReports(
  deps: ReportServiceDeps,
  files: readonly ReportFile[],
  options: ImportOptions,
): Promise<ImportResult> {
  const db = deps.db();
  const now = new Date(deps.clock.now()).toISOString();
  const org = await withKeyStore(deps, requireOrgKeys);
  const k = org.file.k;

  const verified: Verified[] = [];
  for (const f of files) {
    const opened = openSealedReport(f.bytes, {
      fingerprint: org.fingerprint,
      x25519Public: org.file.x25519,
      x25519Private: org.x25519Private,
    });
    const fingerprint = lawyerFingerprint(opened.signer);
    const words = fingerprintWords(fingerprint);
    const known = await isKnownLawyer(db, fingerprint);
    const enroll = !known && options.enrollWords !== null && normalizeWords(options.enrollWords) === words;
    if (!known && !enroll)
      throw refused(
        'report.unknownSigner',
        `Signed by a lawyer key this vault does not know (${words}): compare these words with the lawyer, then import with --enroll "${words}"`,
      );
    let report: Report;
    let parsed: unknown;
    try {
      parsed = JSON.parse(opened.reportJson);
    } catch {
      throw refused('report.invalidContent', 'The report inside the file does not match the report schema');
    }
    // A version 1 report was protected by small-cell suppression only, with the leaks issue 15
    // describes: the lawyer must update Emanet and export again.
    if (legacyReportSchema.safeParse(parsed).success)
      throw refused('report.unsupportedVersion', 'This report was made by an older version of Emanet: ask for a new export');
    try {
      report = reportSchema.parse(parsed);
    } catch {
      throw refused('report.invalidContent', 'The report inside the file does not match the report schema');
    }
    const period = parsePeriod(report.period);
    if (!period) throw refused('report.invalidContent', 'The report inside the file has an invalid period');
    // Suppressed with a smaller k than the organisation's policy (an old key file, an edited
    // export): its small cells are exactly what the policy exists to hide.
    if (report.k < k) throw refused('report.kBelowPolicy', 'The report was suppressed with a smaller k than required');
    verified.push({
      file: f.name,
      signer: opened.signer,
      enroll,
      report,
      reportJson: opened.reportJson,
      lawyerFingerprint: fingerprint,
      period,
      revision: report.revision,
      fileSha256: opened.fileSha256,
    });
  }

  const result: ImportResult = { k, accepted: [], duplicates: [], tables: [] };
  const included: Report[] = [];
  await db.transaction().execute(async (tx) => {
    const pending: Registered[] = [];
    for (const v of verified) {
      const entry = { file: v.file, lawyer: fingerprintWords(v.lawyerFingerprint), period: v.period.id };
      const verdict = await checkRegister(tx, v, pending);
      if (verdict.kind === 'duplicate') {
        result.duplicates.push({ ...entry, conflictsWith: verdict.existingPeriod });
        continue;
      }
      if (verdict.kind === 'same-file') {
        // The same file (or the same release sealed again) twice in one batch counts once; a
        // report registered earlier is counted again. Only the same lawyer's: two lawyers whose
        // small practices round to the same figures sent two reports, not one twice.
        if (pending.some((p) => p.lawyerFingerprint === v.lawyerFingerprint && sameFigures(p, v))) continue;
        result.accepted.push({ ...entry, status: 'already-registered' });
      } else {
        if (v.enroll) await acceptLawyer(tx, v.lawyerFingerprint, v.signer, now);
        const replaces = verdict.kind === 'correction' ? verdict.replaces : undefined;
        await register(tx, v, now, replaces);
        result.accepted.push({ ...entry, status: verdict.kind === 'correction' ? 'correction' : 'new' });
      }
      pending.push(v);
      included.push(v.report);
    }
  });
  const lawyers = new Set(verified.filter((v) => included.includes(v.report)).map((v) => v.lawyerFingerprint)).size;
  result.tables = aggregateReports(included, { lawyers, minLawyers: await orgMinLawyers(db) });
  await recordAudit(db, deps.clock, { action: 'opened', entity: 'report' });
  return result;
}
