import {
  HOURS_DOMINANCE_SHARE,
  HOURS_ROUNDING_BASE,
  type ReportRow,
  type ReportTableId,
} from '../../shared/schemas/report';
import { perturb } from './perturbation';
import type { CountTable } from './count-tables';
import type { SuppressedTable } from './suppress-tables';

/**
 * Tables whose one dimension partitions the clients (each client in exactly one cell): when all
 * of them fall in one cell, publishing the table says that every client has that value (group
 * disclosure, the ONS rule), so the whole breakdown is withheld.
 */
const PARTITIONS: ReadonlySet<ReportTableId> = new Set([
  'clients.by-nationality',
  'clients.by-gender',
  'clients.by-age-band',
  'clients.by-interpreter',
]);

export interface ProtectOptions {
  /** Hours made up of fewer than k cases are withheld (they describe a handful of files). */
  k: number;
  /** How many clients the client tables count: a vulnerability held by all of them is withheld. */
  clients: number;
}

/**
 * True count tables → the tables that leave: every head count perturbed by its cell key, then
 * the group-disclosure rule (on the true counts) and, for hours, rounding and the dominance rule.
 */
export function protectTables(tables: readonly CountTable[], options: ProtectOptions): SuppressedTable[] {
  return tables.map((t) => {
    const hidden = groupDisclosures(t, options.clients);
    const rows = t.cells.map((c, i): ReportRow => {
      if (t.contributors !== undefined) return hoursRow(t, c.key, c.value, options.k);
      if (hidden[i]) return { key: c.key, count: null, suppressed: true };
      return { key: c.key, count: perturb(c.value, c.cellKey ?? 0), suppressed: false };
    });
    return { id: t.id, unit: t.unit, dimensions: [...t.dimensions], rows };
  });
}

function hoursRow(t: CountTable, key: Record<string, string>, hours: number, k: number): ReportRow {
  const parts = t.contributions ?? [];
  const total = parts.reduce((s, p) => s + p, 0);
  const dominated = total > 0 && Math.max(...parts) > HOURS_DOMINANCE_SHARE * total;
  if (hours > 0 && ((t.contributors ?? 0) < k || dominated)) return { key, count: null, suppressed: true };
  return { key, count: Math.round(hours / HOURS_ROUNDING_BASE) * HOURS_ROUNDING_BASE, suppressed: false };
}

/** Which cells the group-disclosure rule withholds, from the true counts. */
export function groupDisclosures(t: CountTable, clients: number): boolean[] {
  const hidden = t.cells.map(() => false);
  const hideWhereAllInOne = (indexes: readonly number[]) => {
    const nonZero = indexes.filter((i) => t.cells[i]!.value > 0);
    if (nonZero.length === 1) for (const i of indexes) hidden[i] = true;
  };
  const groups = (dim: string): number[][] => {
    const by = new Map<string, number[]>();
    t.cells.forEach((c, i) => by.set(c.key[dim] ?? '', [...(by.get(c.key[dim] ?? '') ?? []), i]));
    return [...by.values()];
  };
  if (PARTITIONS.has(t.id)) hideWhereAllInOne(t.cells.map((_, i) => i));
  if (t.id === 'clients.by-vulnerability')
    t.cells.forEach((c, i) => {
      if (c.value > 0 && c.value >= clients) hidden[i] = true;
    });
  // Outcomes: "every case of this type closed this period was rejected" (a row), and "every
  // rejected case was of this type" (a column). Cases by type: each measure's column
  // partitions the cases by type ("every case this lawyer closed was a removal appeal").
  if (t.id === 'outcomes.by-type') {
    for (const g of groups('caseType')) hideWhereAllInOne(g);
    for (const g of groups('outcome')) hideWhereAllInOne(g);
  }
  if (t.id === 'cases.by-type') for (const g of groups('measure')) hideWhereAllInOne(g);
  return hidden;
}
