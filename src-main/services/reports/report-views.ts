import { z } from 'zod';
import type { Db } from '../../db/connection';
import { aggregateReports } from '../../domain/reports';
import { fingerprintWords } from './fingerprint';
import type { CombinedTable } from '../../shared/channels/reports';
import { K_DEFAULT, reportSchema, type Report } from '../../shared/schemas/report';
import { orgKeyFileWords, readOrgKeyFile, wordsOfFile } from './org-key-file';

const orgPublicKeysSchema = z.object({ x25519: z.string(), ed25519: z.string() });

/**
 * Read-only views of a vault's report state for the UI: its role, the supervisor's register
 * and the combined dashboard. They query the database, so they live in services/ (the IPC
 * layer only maps channels to services).
 */

export async function reportStatus(db: Db) {
  const org = await db
    .selectFrom('report_key')
    .select(['public_key', 'k', 'serial'])
    .where('role', '=', 'org')
    .executeTakeFirst();
  const lawyer = await db
    .selectFrom('report_key')
    .select('fingerprint')
    .where('role', '=', 'lawyer')
    .executeTakeFirst();
  const trusted = await db.selectFrom('trusted_org').select(['public_key_file', 'k']).executeTakeFirst();
  // The words people compare cover the key, k and the key file's serial (orgKeyFileWords).
  const orgTrusted = trusted
    ? { fingerprintWords: wordsOfFile(readOrgKeyFile(trusted.public_key_file)), k: trusted.k }
    : null;
  if (org) {
    const { x25519, ed25519 } = orgPublicKeysSchema.parse(JSON.parse(org.public_key));
    const k = org.k ?? K_DEFAULT;
    return {
      role: 'supervisor' as const,
      orgTrusted,
      ownFingerprintWords: orgKeyFileWords({ x25519, ed25519, k, serial: org.serial }),
      orgK: k,
    };
  }
  return {
    role: trusted ? ('lawyer' as const) : ('none' as const),
    orgTrusted,
    ownFingerprintWords: lawyer ? fingerprintWords(lawyer.fingerprint) : null,
    orgK: null,
  };
}

export async function receivedReports(db: Db) {
  const rows = await db
    .selectFrom('received_report')
    .select(['id', 'lawyer_fingerprint', 'period', 'received_at'])
    .orderBy('period')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    lawyerWords: fingerprintWords(r.lawyer_fingerprint),
    period: r.period,
    receivedAt: r.received_at,
  }));
}

async function orgK(db: Db): Promise<number> {
  const row = await db.selectFrom('report_key').select('k').where('role', '=', 'org').executeTakeFirst();
  return row?.k ?? K_DEFAULT;
}

/**
 * Every registered report (or those of the chosen periods) merged and suppressed again: the
 * register keeps each lawyer's suppressed report, never anything finer, so nothing here can
 * show more than the lawyers sent. Per-period case tables are each suppressed on their own.
 */
export async function dashboard(db: Db, periods?: readonly string[]) {
  const k = await orgK(db);
  const rows = await db.selectFrom('received_report').select(['period', 'lawyer_fingerprint', 'report']).execute();
  const all = [...new Set(rows.map((r) => r.period))].sort();
  const chosen = rows.filter((r) => periods === undefined || periods.length === 0 || periods.includes(r.period));
  // Stored reports were validated on import; parsing again keeps a damaged row from reaching the UI.
  const reports: Array<{ period: string; report: Report }> = chosen.map((r) => ({
    period: r.period,
    report: reportSchema.parse(JSON.parse(r.report)),
  }));
  const tables: CombinedTable[] = aggregateReports(
    reports.map((r) => r.report),
    { k },
  );
  const shownPeriods = [...new Set(reports.map((r) => r.period))].sort();
  const casesOverTime = shownPeriods.map((period) => {
    const merged = aggregateReports(
      reports.filter((r) => r.period === period).map((r) => r.report),
      { k },
    );
    return { period, table: merged.find((t) => t.id === 'cases.by-type') ?? null };
  });
  return {
    k,
    periods: all,
    lawyers: new Set(chosen.map((r) => r.lawyer_fingerprint)).size,
    tables,
    casesOverTime,
  };
}

/** The combined tables as CSV, one line per cell; every value is a vocabulary code. */
export function combinedToCsv(result: { k: number; periods: readonly string[]; tables: readonly CombinedTable[] }) {
  const lines = [
    `# emanet combined report,k=${result.k},periods=${result.periods.join(' ')}`,
    'table,unit,key,count,suppressed,partial',
  ];
  for (const t of result.tables) {
    for (const r of t.rows) {
      const key = Object.entries(r.key)
        .map(([d, v]) => `${d}=${v}`)
        .join(';');
      const fields = [
        t.id,
        t.unit,
        key,
        r.count === null ? '' : String(r.count),
        String(r.suppressed),
        String(r.partial === true),
      ];
      // The schema allows only codes; a comma or quote would mean something bypassed it.
      if (fields.some((f) => /[",\n\r]/.test(f))) throw new Error('Unexpected character in a report field');
      lines.push(fields.join(','));
    }
  }
  return lines.join('\n') + '\n';
}
