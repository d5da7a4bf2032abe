import type { Db } from '../../db/connection';
import { parsePeriod, periodsOverlap, type Period } from '../../domain/reports';

/**
 * The supervisor's register of received reports: which lawyer key sent which period. A second
 * report from the same key for the same or an overlapping period would count the same clients
 * twice, so it is flagged and kept out of the figures; the very same file again is recognised
 * (by its hash) and simply not registered twice.
 */
export type RegisterVerdict =
  | { kind: 'new' }
  | { kind: 'same-file' }
  | { kind: 'duplicate'; existingPeriod: string };

export interface Registered {
  lawyerFingerprint: string;
  period: Period;
  fileSha256: string;
}

export async function checkRegister(
  db: Db,
  entry: Registered,
  pending: readonly Registered[] = [],
): Promise<RegisterVerdict> {
  const rows = await db
    .selectFrom('received_report')
    .select(['period', 'file_sha256'])
    .where('lawyer_fingerprint', '=', entry.lawyerFingerprint)
    .execute();
  const seen = [
    ...rows.map((r) => ({ period: r.period, fileSha256: r.file_sha256 })),
    ...pending
      .filter((p) => p.lawyerFingerprint === entry.lawyerFingerprint)
      .map((p) => ({ period: p.period.id, fileSha256: p.fileSha256 })),
  ];
  if (seen.some((s) => s.fileSha256 === entry.fileSha256)) return { kind: 'same-file' };
  const clash = seen.find((s) => {
    const p = parsePeriod(s.period);
    return p !== null && periodsOverlap(p, entry.period);
  });
  return clash ? { kind: 'duplicate', existingPeriod: clash.period } : { kind: 'new' };
}

export async function register(db: Db, entry: Registered, reportJson: string, now: string): Promise<number> {
  const row = await db
    .insertInto('received_report')
    .values({
      lawyer_fingerprint: entry.lawyerFingerprint,
      period: entry.period.id,
      period_from: entry.period.from,
      period_to: entry.period.to,
      file_sha256: entry.fileSha256,
      report: reportJson,
      received_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
