import { NATIONALITY_OTHER, NATIONALITY_UNKNOWN } from '../../shared/schemas/report';

/** How many nationalities a report names before merging the rest into "other". */
export const TOP_NATIONALITIES = 8;

/**
 * The nationalities a table names: the most frequent ones that reach k on their own (a rarer one
 * would be suppressed anyway, and merging it into "other" keeps the information without the
 * risk), at most `n`, ties broken by code so the choice is reproducible.
 */
export function topNationalities(counts: ReadonlyMap<string, number>, n: number, k: number): string[] {
  return [...counts.entries()]
    .filter(([code, count]) => code !== NATIONALITY_OTHER && code !== NATIONALITY_UNKNOWN && count >= k)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([code]) => code);
}

/** The table's rows: the named nationalities, then "other" and "unknown" (always present). */
export function nationalityRows(
  counts: ReadonlyMap<string, number>,
  n: number,
  k: number,
): Array<{ code: string; members: string[] }> {
  const top = topNationalities(counts, n, k);
  const named = new Set(top);
  const rest = [...counts.keys()].filter((c) => !named.has(c) && c !== NATIONALITY_UNKNOWN);
  return [
    ...top.map((code) => ({ code, members: [code] })),
    { code: NATIONALITY_OTHER, members: rest },
    { code: NATIONALITY_UNKNOWN, members: [NATIONALITY_UNKNOWN] },
  ];
}
