import type { CountTable } from '../../../src-main/domain/reports';
import type { ReportTableId } from '../../../src-main/shared/schemas/report';

/** Rank by Gaussian elimination on a copy; used only to check the implementation independently. */
export function rankOf(input: readonly number[][]): number {
  const m = input.map((r) => r.slice());
  let rank = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && rank < m.length; c++) {
    const p = m.findIndex((row, i) => i >= rank && Math.abs(row[c]!) > 1e-9);
    if (p === -1) continue;
    [m[rank], m[p]] = [m[p]!, m[rank]!];
    for (let i = 0; i < m.length; i++) {
      if (i === rank) continue;
      const f = m[i]![c]! / m[rank]![c]!;
      for (let j = c; j < cols; j++) m[i]![j] = m[i]![j]! - f * m[rank]![j]!;
    }
    rank++;
  }
  return rank;
}

export function emptyTableForTest(id: ReportTableId, dimensions: [string, string], values: [string[], string[]]): CountTable {
  const cells = values[0].flatMap((a) => values[1].map((b) => ({ key: { [dimensions[0]]: a, [dimensions[1]]: b }, value: 0 })));
  return { id, unit: 'cases', dimensions, cells };
}
