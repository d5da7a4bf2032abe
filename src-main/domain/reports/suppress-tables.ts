import type { ReportRow } from '../../shared/schemas/report';
import { keyOf, type CountTable } from './count-tables';
import { isPrimary, suppressCells, type Line } from './suppression';

export interface SuppressedTable {
  id: CountTable['id'];
  unit: string;
  dimensions: string[];
  rows: Array<ReportRow & { partial?: boolean }>;
}

/**
 * Which equations an outsider may know, for a set of count tables: the total of every line of
 * every table (rows and columns of a cross-tab, the whole of a one-dimensional table), and
 * "outcomes of type T add up to the cases of type T closed" — the one place where two tables are
 * linked, so that the closed count cannot be recovered by adding up its outcomes or vice versa.
 */
export function linesFor(tables: readonly CountTable[], offsets: readonly number[]): Line[] {
  const lines: Line[] = [];
  tables.forEach((t, ti) => {
    const base = offsets[ti]!;
    const groups = (dim: string): Map<string, number[]> => {
      const by = new Map<string, number[]>();
      t.cells.forEach((c, i) => {
        const v = c.key[dim] ?? '';
        by.set(v, [...(by.get(v) ?? []), base + i]);
      });
      return by;
    };
    if (t.dimensions.length === 1) {
      lines.push({ cells: t.cells.map((_, i) => base + i) });
      return;
    }
    const [rowDim, colDim] = t.dimensions as [string, string];
    // The outcome rows are linked to the closed cells below instead of having a known total.
    if (t.id !== 'outcomes.by-type') for (const cells of groups(rowDim).values()) lines.push({ cells });
    for (const cells of groups(colDim).values()) lines.push({ cells });
  });

  const casesAt = tables.findIndex((t) => t.id === 'cases.by-type');
  const outcomesAt = tables.findIndex((t) => t.id === 'outcomes.by-type');
  const outcomes = tables[outcomesAt];
  if (outcomes) {
    const cases = tables[casesAt];
    const closedCell = new Map<string, number>();
    cases?.cells.forEach((c, i) => {
      if (c.key.measure === 'closed') closedCell.set(c.key.caseType ?? '', offsets[casesAt]! + i);
    });
    const rows = new Map<string, number[]>();
    outcomes.cells.forEach((c, i) => {
      const type = c.key.caseType ?? '';
      rows.set(type, [...(rows.get(type) ?? []), offsets[outcomesAt]! + i]);
    });
    for (const [type, cells] of rows) {
      const closed = closedCell.get(type);
      lines.push(
        closed === undefined
          ? { cells }
          : { cells: [...cells, closed], coeffs: [...cells.map(() => 1), -1] },
      );
    }
  }
  return lines;
}

/**
 * Applies primary and secondary suppression jointly to every head-count table (so links between
 * tables are honoured), and the contributor rule to measure tables. Output rows keep the cell
 * order of the input; a suppressed cell has `count: null`.
 */
export function suppressTables(tables: readonly CountTable[], k: number): SuppressedTable[] {
  const counted = tables.filter((t) => t.contributors === undefined);
  const offsets: number[] = [];
  let total = 0;
  for (const t of counted) {
    offsets.push(total);
    total += t.cells.length;
  }
  const cells = counted.flatMap((t) => t.cells);
  const hidden = suppressCells({
    values: cells.map((c) => c.value),
    lines: linesFor(counted, offsets),
    k,
    forced: cells.map((c) => c.partial === true && c.value < k),
  });

  return tables.map((t) => {
    const at = counted.indexOf(t);
    const rows = t.cells.map((c, i) => {
      const suppressed =
        at === -1
          ? (c.value > 0 && (t.contributors ?? 0) < k) || isPrimary(c.value, k) || (c.partial === true && c.value < k)
          : hidden[offsets[at]! + i]!;
      const row: ReportRow & { partial?: boolean } = {
        key: c.key,
        count: suppressed ? null : c.value,
        suppressed,
      };
      if (c.partial === true && !suppressed) row.partial = true;
      return row;
    });
    return { id: t.id, unit: t.unit, dimensions: [...t.dimensions], rows };
  });
}

export { keyOf };
