/**
 * Cell-key perturbation (the method of the ABS TableBuilder and of the ONS for the 2021 Census).
 *
 * Every client and every case has a random record key in [0, 2^32) kept in the vault and never
 * exported. A cell's key is the sum of the keys of the records it counts, modulo 2^32, read as a
 * fraction of 1. The fixed, published table below maps (true count, cell key) to the published
 * count. The same set of records therefore gets the same published count in every table and
 * every release (no averaging over repeats), different sets get unrelated noise (differencing
 * two overlapping sets returns noise), and no published count is ever 1 or 2.
 *
 * DISCLOSURE-CONTROL.md next to this file explains the parameters and their limits.
 */

export const RECORD_KEY_MODULUS = 2 ** 32;

/** Weights are in sixtieths; each row adds up to 60, so every probability is exact. */
export const PTABLE_DENOMINATOR = 60;

export interface PerturbationRow {
  /** The true count this row applies to; the last row applies to every count at least this. */
  count: number;
  /** [noise, weight/60]: published = count + noise, with that probability. */
  noise: ReadonlyArray<readonly [noise: number, weight: number]>;
}

/**
 * The published perturbation table. Unbiased in every row (the mean noise is 0), so sums of many
 * cells stay unbiased. Counts 1 and 2 go to 0 or 3; 3 may go to 0 (its only way to stay
 * unbiased without producing 1 or 2), which is the table's largest noise, 3.
 */
export const PERTURBATION_TABLE: readonly PerturbationRow[] = [
  { count: 0, noise: [[0, 60]] },
  { count: 1, noise: [[-1, 40], [2, 20]] },
  { count: 2, noise: [[-2, 20], [1, 40]] },
  { count: 3, noise: [[-3, 12], [0, 24], [1, 12], [2, 12]] },
  { count: 4, noise: [[-1, 15], [0, 30], [1, 15]] },
  { count: 5, noise: [[-2, 6], [-1, 12], [0, 24], [1, 12], [2, 6]] },
];

/** The largest |noise| the table can add: what a reader of a figure should allow for. */
export const MAX_NOISE = Math.max(...PERTURBATION_TABLE.flatMap((r) => r.noise.map(([d]) => Math.abs(d))));

function rowFor(count: number): PerturbationRow {
  const last = PERTURBATION_TABLE[PERTURBATION_TABLE.length - 1]!;
  return count >= last.count ? last : PERTURBATION_TABLE[count]!;
}

/** The variance of the noise for a true count (from the table). */
export function noiseVariance(count: number): number {
  return rowFor(count).noise.reduce((s, [d, w]) => s + (d * d * w) / PTABLE_DENOMINATOR, 0);
}

/** Adds a record key to a running cell key (mod 2^32, exact in doubles). */
export function addKey(sum: number, recordKey: number): number {
  return (sum + recordKey) % RECORD_KEY_MODULUS;
}

/** The cell key of a set of record keys. */
export function cellKeyOf(recordKeys: Iterable<number>): number {
  let sum = 0;
  for (const k of recordKeys) sum = addKey(sum, k);
  return sum;
}

/**
 * A record's key for a correction: the record key mixed with the correction's secret salt (a
 * 32-bit finaliser, bijective for a fixed salt). Every record gets a new, unrelated-looking key,
 * so every cell of the correction gets fresh noise, while the same salt gives the same figures
 * again. Adding one salt to every cell key instead would shift all cells alike, and an attacker
 * comparing the two releases could look for the one cell that does not fit the common shift.
 */
export function correctionKey(recordKey: number, salt: number): number {
  if (salt === 0) return recordKey;
  let h = (recordKey ^ Math.imul(salt, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return (h + salt) % RECORD_KEY_MODULUS;
}

/** The published count for a true count and its cell key (an integer in [0, 2^32)). */
export function perturb(count: number, cellKey: number): number {
  if (!Number.isInteger(count) || count < 0) throw new Error('A count must be a non-negative integer');
  if (count === 0) return 0;
  const u = (((cellKey % RECORD_KEY_MODULUS) + RECORD_KEY_MODULUS) % RECORD_KEY_MODULUS) / RECORD_KEY_MODULUS;
  const at = u * PTABLE_DENOMINATOR;
  let cumulative = 0;
  const row = rowFor(count);
  for (const [noise, weight] of row.noise) {
    cumulative += weight;
    if (at < cumulative) return count + noise;
  }
  return count + row.noise[row.noise.length - 1]![0];
}

/**
 * Every true count that can be published as `published`: what an attacker who knows the table
 * (it is public) but not the record keys can infer from one figure. Used by the attack tests
 * and the documentation; `upTo` bounds the search for large figures.
 */
export function possibleTrueCounts(published: number, upTo = published + MAX_NOISE + 1): number[] {
  const out: number[] = [];
  for (let n = 0; n <= upTo; n++) {
    if (rowFor(n).noise.some(([d, w]) => w > 0 && n + d === published)) out.push(n);
  }
  return out;
}
