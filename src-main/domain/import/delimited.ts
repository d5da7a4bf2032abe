import Papa from 'papaparse';

/**
 * A CSV's rows, whatever the delimiter: Turkish Excel writes `;` (the comma is the decimal
 * separator), English Excel `,`, "Unicode text" a tab, some systems `|`. Each candidate is tried
 * on the first rows, and the one that splits them into the same number of columns, more than
 * one, wins; papaparse does the quoting. Ties go to the order below (`;` first: a name with a
 * comma in it, "El Hasan, Ahmad", must not split a Turkish file).
 */
export const DELIMITERS = [';', ',', '\t', '|'] as const;
const SAMPLE_ROWS = 50;

function parseWith(text: string, delimiter: string, preview = 0): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: 'greedy' });
  return result.data;
}

/** How well a delimiter splits the sample: rows with the most common column count, if above 1. */
function score(rows: string[][]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let best = 0;
  for (const [columns, n] of counts) if (columns > 1 && n > best) best = n;
  return best;
}

export function detectDelimiter(text: string): string {
  let best: { delimiter: string; score: number } = { delimiter: DELIMITERS[0], score: 0 };
  for (const delimiter of DELIMITERS) {
    const s = score(parseWith(text, delimiter, SAMPLE_ROWS));
    if (s > best.score) best = { delimiter, score: s };
  }
  return best.delimiter;
}

/** Rows of trimmed cells; rows with no value at all are dropped. */
export function parseDelimited(text: string): { delimiter: string; rows: string[][] } {
  const delimiter = detectDelimiter(text);
  const rows = parseWith(text, delimiter)
    .map((r) => r.map((c) => c.trim()))
    .filter((r) => r.some((c) => c !== ''));
  return { delimiter, rows };
}
