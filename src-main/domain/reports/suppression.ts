import { determinedUnknowns } from './linear-algebra';

/**
 * Small-cell suppression over a set of cells with known linear relations between them.
 *
 * A `Line` is an equation whose right-hand side we assume an outsider knows: the total of a row,
 * of a column, of a one-dimensional table, or "this row of one table adds up to that cell of
 * another" (right-hand side 0). Assuming the totals known is deliberately pessimistic: tables of
 * the same population share their total (clients by gender and clients by age band both add up
 * to the clients counted), so one fully published table gives away the total of the others.
 *
 * Primary suppression hides every cell with 0 < n < k. Secondary suppression then hides more
 * cells until no hidden cell can be recomputed exactly from the published cells and the lines:
 * checking for exactly that (by elimination) rather than "at least two hidden cells per line" also
 * catches the cases where two lines with two hidden cells each still pin a cell down.
 */
export interface Line {
  cells: readonly number[];
  /** ±1 per cell; all +1 when absent. */
  coeffs?: readonly number[];
}

export interface SuppressionInput {
  values: readonly number[];
  lines: readonly Line[];
  k: number;
  /** Cells that must be hidden whatever their value (e.g. lower bounds below k when aggregating). */
  forced?: readonly boolean[];
}

export function isPrimary(value: number, k: number): boolean {
  return value > 0 && value < k;
}

export function suppressCells(input: SuppressionInput): boolean[] {
  const { values, lines, k } = input;
  const hidden = values.map((v, i) => isPrimary(v, k) || input.forced?.[i] === true);
  const linesOf: number[][] = values.map(() => []);
  lines.forEach((line, li) => line.cells.forEach((c) => linesOf[c]!.push(li)));

  // Each round hides at least one more cell, so this ends after at most values.length rounds.
  for (;;) {
    const exposed = recomputableCells(hidden, lines);
    if (!exposed.some(Boolean)) return hidden;
    const candidate = complementFor(exposed, hidden, values, lines);
    if (candidate === null) return hidden.map(() => true);
    hidden[candidate] = true;
  }
}

/**
 * The extra cell to hide. Candidates are the published cells on lines that expose a hidden cell
 * on its own (the line's total minus its published cells gives it away), else on any line through
 * an exposed cell. Among them: the one that leaves the fewest hidden cells recomputable (looking
 * ahead is what makes a 2 × 2 rectangle emerge instead of a whole row going dark), then the
 * smallest non-zero value (hiding a zero protects less: zeros are often known to be zero).
 */
function complementFor(
  exposed: readonly boolean[],
  hidden: readonly boolean[],
  values: readonly number[],
  lines: readonly Line[],
): number | null {
  const throughExposed = lines.filter((l) => l.cells.some((c) => exposed[c]));
  const alone = throughExposed.filter((l) => l.cells.filter((c) => hidden[c]).length === 1);
  const pool = (alone.length > 0 ? alone : throughExposed).flatMap((l) => l.cells);
  const rank = (c: number): number => (values[c]! > 0 ? values[c]! : Number.MAX_SAFE_INTEGER);
  const candidates = [...new Set(pool)].filter((c) => !hidden[c]).sort((a, b) => rank(a) - rank(b) || a - b);
  let best: number | null = null;
  let bestExposed = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const trial = hidden.slice();
    trial[c] = true;
    const count = recomputableCells(trial, lines).filter(Boolean).length;
    if (count < bestExposed) {
      best = c;
      bestExposed = count;
      if (count === 0) break;
    }
  }
  return best;
}

/** For each hidden cell: can it be recomputed exactly from the published cells and the lines? */
export function recomputableCells(hidden: readonly boolean[], lines: readonly Line[]): boolean[] {
  const unknowns: number[] = [];
  const column = new Map<number, number>();
  hidden.forEach((h, i) => {
    if (h) {
      column.set(i, unknowns.length);
      unknowns.push(i);
    }
  });
  const rows: number[][] = [];
  for (const line of lines) {
    const row = new Array<number>(unknowns.length).fill(0);
    let any = false;
    line.cells.forEach((c, j) => {
      const col = column.get(c);
      if (col === undefined) return;
      row[col] = row[col]! + (line.coeffs?.[j] ?? 1);
      any = true;
    });
    if (any) rows.push(row);
  }
  const determined = determinedUnknowns(rows, unknowns.length);
  const out = hidden.map(() => false);
  unknowns.forEach((cell, col) => {
    out[cell] = determined[col]!;
  });
  return out;
}
