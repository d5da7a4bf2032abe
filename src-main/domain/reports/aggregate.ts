import {
  NATIONALITY_OTHER,
  NATIONALITY_UNKNOWN,
  REPORT_TABLE_IDS,
  type Report,
} from '../../shared/schemas/report';
import { keyOf, type CountCell, type CountTable } from './count-tables';
import { nationalityRows, TOP_NATIONALITIES } from './nationality';
import { suppressTables, type SuppressedTable } from './suppress-tables';

export interface AggregateOptions {
  k: number;
  topNationalities?: number;
}

/**
 * Combines reports from several lawyers (or periods) and suppresses the result again.
 *
 * A cell suppressed in any source is unknown there, so the combined cell is only a lower bound
 * (`partial`): shown when that bound reaches k, hidden otherwise. Nationalities are re-ranked on
 * the combined figures; one lawyer's "other" may hide a nationality another lawyer names, so a
 * named nationality is partial whenever some source had a non-zero "other".
 */
export function aggregateReports(reports: readonly Report[], options: AggregateOptions): SuppressedTable[] {
  const { k } = options;
  const tables: CountTable[] = [];
  for (const id of REPORT_TABLE_IDS) {
    const sources = reports.flatMap((r) => r.tables.filter((t) => t.id === id));
    if (sources.length === 0) continue;
    const first = sources[0]!;
    const dimensions = [...first.dimensions] as string[];
    const cells = new Map<string, CountCell>();
    for (const t of sources) {
      for (const row of t.rows) {
        const key = row.key as Record<string, string>;
        const at = keyOf(key, dimensions);
        const cell = cells.get(at) ?? { key: { ...key }, value: 0 };
        if (row.count === null) cell.partial = true;
        else cell.value += row.count;
        cells.set(at, cell);
      }
    }
    const combined: CountTable = { id, unit: first.unit, dimensions, cells: [...cells.values()] };
    // Each source already withheld hours made up of fewer than k cases.
    if (first.unit === 'hours') combined.contributors = k;
    tables.push(id === 'clients.by-nationality' ? rerankNationalities(combined, sources, options) : combined);
  }
  return suppressTables(tables, k);
}

function rerankNationalities(
  table: CountTable,
  sources: ReadonlyArray<Report['tables'][number]>,
  options: AggregateOptions,
): CountTable {
  const byCode = new Map(table.cells.map((c) => [c.key.nationality ?? NATIONALITY_UNKNOWN, c]));
  const counts = new Map([...byCode].map(([code, c]) => [code, c.value]));
  const someOther = sources.some((t) =>
    t.rows.some((r) => (r.key as Record<string, string>).nationality === NATIONALITY_OTHER && r.count !== 0),
  );
  const rows = nationalityRows(counts, options.topNationalities ?? TOP_NATIONALITIES, options.k);
  return {
    ...table,
    cells: rows.map((r) => {
      const members = r.code === NATIONALITY_OTHER ? [...r.members, NATIONALITY_OTHER] : r.members;
      const parts = members.map((m) => byCode.get(m)).filter((c): c is CountCell => c !== undefined);
      const partial =
        parts.some((c) => c.partial === true) ||
        (someOther && r.code !== NATIONALITY_OTHER && r.code !== NATIONALITY_UNKNOWN);
      const cell: CountCell = { key: { nationality: r.code }, value: parts.reduce((s, c) => s + c.value, 0) };
      if (partial) cell.partial = true;
      return cell;
    }),
  };
}
