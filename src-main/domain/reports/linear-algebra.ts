/**
 * Which unknowns a linear system pins down exactly. Used by suppression to ask "could someone who
 * knows the published cells and the line totals recompute this suppressed cell?".
 *
 * Coefficients are small integers (±1) and systems have at most a few hundred entries, so plain
 * Gauss-Jordan elimination in doubles with a tolerance is exact enough; partial pivoting keeps
 * the intermediate values bounded.
 */
const EPS = 1e-9;

/**
 * `rows` are equations over `n` unknowns (dense coefficient vectors). Returns, for each unknown,
 * whether it is determined: its unit vector lies in the row space, i.e. after reduction to row
 * echelon form some row has exactly one non-zero entry, at that unknown.
 */
export function determinedUnknowns(rows: readonly number[][], n: number): boolean[] {
  const m = rows.map((r) => r.slice());
  const determined = new Array<boolean>(n).fill(false);
  let pivotRow = 0;
  const pivots: Array<[row: number, col: number]> = [];
  for (let col = 0; col < n && pivotRow < m.length; col++) {
    let best = pivotRow;
    for (let r = pivotRow + 1; r < m.length; r++) {
      if (Math.abs(m[r]![col]!) > Math.abs(m[best]![col]!)) best = r;
    }
    if (Math.abs(m[best]![col]!) < EPS) continue;
    [m[pivotRow], m[best]] = [m[best]!, m[pivotRow]!];
    const p = m[pivotRow]!;
    const scale = p[col]!;
    for (let c = col; c < n; c++) p[c] = p[c]! / scale;
    for (let r = 0; r < m.length; r++) {
      if (r === pivotRow) continue;
      const row = m[r]!;
      const f = row[col]!;
      if (Math.abs(f) < EPS) continue;
      for (let c = col; c < n; c++) row[c] = row[c]! - f * p[c]!;
    }
    pivots.push([pivotRow, col]);
    pivotRow++;
  }
  for (const [r, col] of pivots) {
    const nonZero = m[r]!.reduce((count, v) => count + (Math.abs(v) > EPS ? 1 : 0), 0);
    if (nonZero === 1) determined[col] = true;
  }
  return determined;
}
