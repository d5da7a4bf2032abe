import { possibleTrueCounts } from '../../../src-main/domain/reports';

/**
 * An attacker who knows the published perturbation table (it is public) but no record key. What
 * one published figure allows: every true count the table can turn into it. A withheld cell
 * (null) allows anything up to `cap`.
 */
export function preimage(published: number | null, cap: number): Set<number> {
  if (published === null) return new Set(Array.from({ length: cap + 1 }, (_, i) => i));
  return new Set(possibleTrueCounts(published).filter((n) => n <= cap));
}

const intersect = (a: Set<number>, b: Set<number>): Set<number> => new Set([...a].filter((x) => b.has(x)));
const shift = (a: Set<number>, by: number): Set<number> => new Set([...a].map((x) => x + by));

/** Every total the cells' feasible sets can add up to (exact, by dynamic programming). */
export function sums(sets: ReadonlyArray<Set<number>>): Set<number> {
  let acc = new Set([0]);
  for (const s of sets) {
    const next = new Set<number>();
    for (const a of acc) for (const b of s) next.add(a + b);
    acc = next;
  }
  return acc;
}

export interface PartitionRelease {
  /** The published counts of one partition table (each client in exactly one cell), by cell. */
  cells: ReadonlyMap<string, number | null>;
}

/**
 * Differencing two releases of the same clients but one (client x is in the first, not the
 * second). For each value v x might have: is there a set of true counts, consistent with both
 * releases' figures, in which x is in cell v? `otherTotals` are the totals of the first release
 * that the other partition tables allow (every partition table counts the same clients).
 * Returns the values x may have: one value means x's attribute is pinned.
 */
export function candidatesForLeaver(
  first: PartitionRelease,
  second: PartitionRelease,
  cap: number,
  otherTotals?: Set<number>,
): string[] {
  return [...first.cells.keys()].filter((v) => totalsIfLeaverIn(first, second, v, cap, otherTotals).size > 0);
}

/** The totals of the first release possible when the leaver was in cell v. */
export function totalsIfLeaverIn(
  first: PartitionRelease,
  second: PartitionRelease,
  v: string | null,
  cap: number,
  otherTotals?: Set<number>,
): Set<number> {
  const sets: Array<Set<number>> = [];
  for (const [cell, p1] of first.cells) {
    const p2 = second.cells.get(cell) ?? null;
    const s = intersect(preimage(p1, cap), shift(preimage(p2, cap), cell === v ? 1 : 0));
    if (s.size === 0) return new Set();
    sets.push(s);
  }
  const totals = sums(sets);
  return otherTotals ? intersect(totals, otherTotals) : totals;
}

/** The totals a single release's partition table allows. */
export function possibleTotals(release: PartitionRelease, cap: number): Set<number> {
  return sums([...release.cells.values()].map((p) => preimage(p, cap)));
}
