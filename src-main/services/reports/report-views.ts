import { z } from 'zod';
import type { Db } from '../../db/connection';
import { aggregateReports } from '../../domain/reports';
import { fingerprintWords } from './fingerprint';
import type { CombinedTable } from '../../shared/channels/reports';
import { K_DEFAULT, MIN_LAWYERS_DEFAULT, storedReportSchema } from '../../shared/schemas/report';
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
    .leftJoin('known_lawyer', 'known_lawyer.fingerprint', 'received_report.lawyer_fingerprint')
    .select([
      'received_report.id',
      'received_report.lawyer_fingerprint',
      'received_report.period',
      'received_report.received_at',
      'received_report.revision',
      'received_report.superseded_by',
      'known_lawyer.label',
    ])
    .orderBy('received_report.period')
    .orderBy('received_report.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    lawyerWords: fingerprintWords(r.lawyer_fingerprint),
    label: r.label ?? null,
    period: r.period,
    receivedAt: r.received_at,
    revision: r.revision,
    superseded: r.superseded_by !== null,
  }));
}

async function orgK(db: Db): Promise<number> {
  const row = await db.selectFrom('report_key').select('k').where('role', '=', 'org').executeTakeFirst();
  return row?.k ?? K_DEFAULT;
}

/** N: sensitive codes are shown only when at least this many lawyers' reports are merged. */
export async function orgMinLawyers(db: Db): Promise<number> {
  const row = await db.selectFrom('report_key').select('min_lawyers').where('role', '=', 'org').executeTakeFirst();
  return row?.min_lawyers ?? MIN_LAWYERS_DEFAULT;
}

interface Kpi {
  value: number | null;
  /** Some lawyer's figure was withheld: the value is a lower bound. */
  partial: boolean;
}

/** A KPI from the combined tables: the sum of the published cells that match. */
function kpi(tables: readonly CombinedTable[], id: string, match: (key: Record<string, string>) => boolean): Kpi {
  const rows = tables.find((t) => t.id === id)?.rows.filter((r) => match(r.key)) ?? [];
  if (rows.length === 0) return { value: null, partial: false };
  const published = rows.filter((r) => r.count !== null);
  return {
    value: published.length === 0 ? null : published.reduce((s, r) => s + (r.count ?? 0), 0),
    partial: rows.some((r) => r.count === null || r.partial === true),
  };
}

/**
 * Every registered report (or those of the chosen periods; a corrected report only in its
 * latest revision) merged: the register keeps each lawyer's perturbed report, never anything
 * finer, so nothing here can show more than the lawyers sent. The over-time series merges each
 * period on its own from the same perturbed cells.
 */
export async function dashboard(db: Db, periods?: readonly string[]) {
  const k = await orgK(db);
  const minLawyers = await orgMinLawyers(db);
  const rows = await db
    .selectFrom('received_report')
    .select(['period', 'lawyer_fingerprint', 'report'])
    .where('superseded_by', 'is', null)
    .execute();
  const enrolled = await db.selectFrom('known_lawyer').select(['fingerprint', 'label']).orderBy('accepted_at').execute();
  const all = [...new Set(rows.map((r) => r.period))].sort();
  const chosen = rows.filter((r) => periods === undefined || periods.length === 0 || periods.includes(r.period));
  // Stored reports were validated on import; parsing again keeps a damaged row from reaching the UI.
  const reports = chosen.map((r) => ({
    period: r.period,
    lawyer: r.lawyer_fingerprint,
    report: storedReportSchema.parse(JSON.parse(r.report)),
  }));
  const merge = (list: typeof reports): CombinedTable[] =>
    aggregateReports(
      list.map((r) => r.report),
      { lawyers: new Set(list.map((r) => r.lawyer)).size, minLawyers },
    );
  const tables = merge(reports);
  const shownPeriods = [...new Set(reports.map((r) => r.period))].sort();
  const casesOverTime = shownPeriods.map((period) => ({
    period,
    table: merge(reports.filter((r) => r.period === period)).find((t) => t.id === 'cases.by-type') ?? null,
  }));

  // Who has not reported: for the chosen period, or the latest one received.
  const focus = periods !== undefined && periods.length === 1 ? periods[0]! : all[all.length - 1];
  const reportedFocus = new Set(rows.filter((r) => r.period === focus).map((r) => r.lawyer_fingerprint));
  const notReported =
    focus === undefined
      ? []
      : enrolled
          .filter((l) => !reportedFocus.has(l.fingerprint))
          .map((l) => ({ lawyerWords: fingerprintWords(l.fingerprint), label: l.label ?? null }));
  return {
    k,
    minLawyers,
    periods: all,
    lawyers: new Set(chosen.map((r) => r.lawyer_fingerprint)).size,
    tables,
    casesOverTime,
    kpis: {
      focusPeriod: focus ?? null,
      active: kpi(tables, 'cases.by-type', (key) => key.measure === 'active'),
      opened: kpi(tables, 'cases.by-type', (key) => key.measure === 'opened'),
      closed: kpi(tables, 'cases.by-type', (key) => key.measure === 'closed'),
      deadlinesMet: kpi(tables, 'deadlines.by-result', (key) => key.result === 'met'),
      deadlinesMissed: kpi(tables, 'deadlines.by-result', (key) => key.result === 'missed'),
      reportsReceived: reportedFocus.size,
      reportsExpected: enrolled.length,
    },
    notReported,
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
