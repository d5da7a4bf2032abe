import { addKey } from './perturbation';
import type { ReportTableId } from '../../shared/schemas/report';

/**
 * Tables before suppression: true counts. They never leave the domain: `suppressTables` turns
 * them into report tables, and only those are validated, sealed or written.
 */
export interface CountCell {
  key: Record<string, string>;
  value: number;
  /** When aggregating: some contribution was suppressed at source, so `value` is a lower bound. */
  partial?: boolean;
  /** The cell key: the sum of its records' keys mod 2^32 (perturbation.ts). */
  cellKey?: number;
}

export interface CountTable {
  id: ReportTableId;
  unit: string;
  dimensions: string[];
  cells: CountCell[];
  /**
   * For a measure (hours) rather than a head count: how many cases contributed. A measure is
   * withheld when fewer than k cases make it up, since then it describes a handful of files.
   */
  contributors?: number;
  /** For a measure: each contributing case's share, for the dominance rule. */
  contributions?: number[];
}

/** A table with one cell per combination of the dimension vocabularies, all zero. */
export function emptyTable(
  id: ReportTableId,
  unit: string,
  dims: ReadonlyArray<readonly [name: string, values: readonly string[]]>,
): CountTable {
  let keys: Array<Record<string, string>> = [{}];
  for (const [name, values] of dims) {
    keys = keys.flatMap((k) => values.map((v) => ({ ...k, [name]: v })));
  }
  return { id, unit, dimensions: dims.map(([name]) => name), cells: keys.map((key) => ({ key, value: 0 })) };
}

export function keyOf(key: Record<string, string>, dimensions: readonly string[]): string {
  return dimensions.map((d) => key[d] ?? '').join('\u0000');
}

/** Adds to the cell with this key (which must exist: vocabularies are closed). */
export function addTo(table: CountTable, key: Record<string, string>, amount = 1): void {
  const wanted = keyOf(key, table.dimensions);
  const cell = table.cells.find((c) => keyOf(c.key, table.dimensions) === wanted);
  if (!cell) throw new Error(`No cell ${wanted} in ${table.id}`);
  cell.value += amount;
}

/**
 * A faster adder for hot loops: looks cells up by key once. `recordKey` is the counted record's
 * key, added to the cell key (records counted in a cell more than once add it each time).
 */
export function adderFor(
  table: CountTable,
): (key: Record<string, string>, amount?: number, recordKey?: number) => void {
  const index = new Map(table.cells.map((c) => [keyOf(c.key, table.dimensions), c]));
  return (key, amount = 1, recordKey = 0) => {
    const cell = index.get(keyOf(key, table.dimensions));
    if (!cell) throw new Error(`No cell in ${table.id}`);
    cell.value += amount;
    cell.cellKey = addKey(cell.cellKey ?? 0, recordKey);
  };
}
