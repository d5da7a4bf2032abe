import { REPORT_TABLE_IDS, SENSITIVE_VULNERABILITIES, type StoredReport } from '../../shared/schemas/report';
import { keyOf } from './count-tables';
import type { SuppressedTable } from './suppress-tables';

export interface AggregateOptions {
  /** How many distinct lawyers' reports are merged. */
  lawyers: number;
  /** Sensitive vulnerability codes are shown only when at least this many lawyers are merged. */
  minLawyers: number;
}

const SENSITIVE: ReadonlySet<string> = new Set(SENSITIVE_VULNERABILITIES);

/**
 * Combines reports from several lawyers (or periods). Perturbed counts add up (the table is
 * unbiased, so sums are too, with the variances adding); nothing is suppressed again, because
 * nothing finer than what the lawyers sent can come out of a sum of it.
 *
 * A cell withheld in any source (the group-disclosure rule, dominant hours) is unknown there, so
 * the combined cell is a lower bound (`partial`). Sensitive vulnerability codes are withheld
 * unless at least `minLawyers` lawyers are merged: never one lawyer's figure on its own.
 */
export function aggregateReports(reports: readonly StoredReport[], options: AggregateOptions): SuppressedTable[] {
  const out: SuppressedTable[] = [];
  for (const id of REPORT_TABLE_IDS) {
    const sources = reports.flatMap((r) => r.tables.filter((t) => t.id === id));
    if (sources.length === 0) continue;
    const first = sources[0]!;
    const dimensions = [...first.dimensions] as string[];
    const cells = new Map<string, { key: Record<string, string>; count: number; partial: boolean }>();
    for (const t of sources) {
      for (const row of t.rows) {
        const key = row.key as Record<string, string>;
        const at = keyOf(key, dimensions);
        const cell = cells.get(at) ?? { key: { ...key }, count: 0, partial: false };
        if (row.count === null) cell.partial = true;
        else cell.count += row.count;
        cells.set(at, cell);
      }
    }
    const rows = [...cells.values()].map((c) => {
      const sensitive = id === 'clients.by-vulnerability' && SENSITIVE.has(c.key.vulnerability ?? '');
      // A cell withheld everywhere has no figure at all; a sensitive code from too few lawyers neither.
      if ((sensitive && options.lawyers < options.minLawyers) || (c.partial && c.count === 0))
        return { key: c.key, count: null, suppressed: true };
      return c.partial
        ? { key: c.key, count: c.count, suppressed: false, partial: true }
        : { key: c.key, count: c.count, suppressed: false };
    });
    out.push({ id, unit: first.unit, dimensions, rows });
  }
  return out;
}
