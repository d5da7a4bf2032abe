import type { Db } from '../../db/connection';
import { parsePeriod, periodsOverlap, type Period } from '../../domain/reports';

/**
 * The supervisor's register of received reports: which lawyer key sent which period, in which
 * revision. A second report from the same key for the same period is refused unless it is a
 * correction (a higher revision, which then replaces the earlier one), and one for an
 * overlapping period is always refused: either would count the same clients twice, and the
 * difference of the two singles people out. The very same figures again (the same file, or the
 * same release sealed again) are recognised and simply not registered twice.
 */
export type RegisterVerdict =
  | { kind: 'new' }
  | { kind: 'same-file' }
  | { kind: 'correction'; replaces: number }
  | { kind: 'duplicate'; existingPeriod: string };

export interface Registered {
  lawyerFingerprint: string;
  period: Period;
  revision: number;
  fileSha256: string;
  reportJson: string;
}

interface Seen {
  id: number | null;
  period: string;
  revision: number;
  fileSha256: string;
  reportJson: string;
}

/** The same file, or the same release sealed again (same figures, new envelope). */
export const sameFigures = (
  a: Pick<Registered, 'fileSha256' | 'reportJson'>,
  b: Pick<Registered, 'fileSha256' | 'reportJson'>,
): boolean => a.fileSha256 === b.fileSha256 || a.reportJson === b.reportJson;

export async function checkRegister(
  db: Db,
  entry: Registered,
  pending: readonly Registered[] = [],
): Promise<RegisterVerdict> {
  const rows = await db
    .selectFrom('received_report')
    .select(['id', 'period', 'revision', 'file_sha256', 'report'])
    .where('lawyer_fingerprint', '=', entry.lawyerFingerprint)
    .where('superseded_by', 'is', null)
    .execute();
  const seen: Seen[] = [
    ...rows.map((r) => ({ id: r.id, period: r.period, revision: r.revision, fileSha256: r.file_sha256, reportJson: r.report })),
    ...pending
      .filter((p) => p.lawyerFingerprint === entry.lawyerFingerprint)
      .map((p) => ({ id: null, period: p.period.id, revision: p.revision, fileSha256: p.fileSha256, reportJson: p.reportJson })),
  ];
  if (seen.some((s) => sameFigures(s, entry))) return { kind: 'same-file' };
  const samePeriod = seen.filter((s) => s.period === entry.period.id);
  const latest = samePeriod.sort((a, b) => b.revision - a.revision)[0];
  if (latest) {
    if (latest.id !== null && entry.revision > latest.revision) return { kind: 'correction', replaces: latest.id };
    return { kind: 'duplicate', existingPeriod: latest.period };
  }
  const clash = seen.find((s) => {
    const p = parsePeriod(s.period);
    return p !== null && periodsOverlap(p, entry.period);
  });
  return clash ? { kind: 'duplicate', existingPeriod: clash.period } : { kind: 'new' };
}

export async function register(db: Db, entry: Registered, now: string, replaces?: number): Promise<number> {
  const row = await db
    .insertInto('received_report')
    .values({
      lawyer_fingerprint: entry.lawyerFingerprint,
      period: entry.period.id,
      period_from: entry.period.from,
      period_to: entry.period.to,
      revision: entry.revision,
      file_sha256: entry.fileSha256,
      report: entry.reportJson,
      received_at: now,
      superseded_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (replaces !== undefined)
    await db.updateTable('received_report').set({ superseded_by: row.id }).where('id', '=', replaces).execute();
  return row.id;
}
