/**
 * Turkish-aware text folding, collation and FTS5 query building.
 *
 * One folding function is used on both sides of every comparison (what goes into the search
 * index and what the lawyer types), so the rules only have to be right once. It is deliberately
 * lossy: `İsmail`, `ismail`, `ISMAIL` and `ısmail` become the same key, and `Şükrü` becomes
 * `sukru`, because people type names on keyboards without Turkish letters, and officials write
 * the same foreign name with and without them.
 */

/**
 * Letters that Unicode decomposition does not reduce to a base letter plus marks. `ı` is the
 * important one: after Turkish lowercasing every `I` is `ı`, and it must meet `i`.
 */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ŀ: 'l',
};
const SPECIAL_LETTERS_RE = /[ıßæœøđðłþŀ]/g;

/**
 * Only the generic Latin combining block is stripped. Arabic harakat (U+064B–U+065F) and other
 * scripts' marks are left alone: removing them changes words in ways we cannot test here, and
 * the rest of the search works on whole tokens anyway.
 */
const LATIN_COMBINING_MARKS_RE = /[\u0300-\u036f]/g;

/**
 * Folds a string for search and matching: Turkish lowercasing, then diacritics removed.
 * Non-Latin scripts pass through lowercased (where they have case) and otherwise untouched.
 */
export function foldForSearch(s: string): string {
  // NFC first so that `I` + U+0307 (dotted capital I typed as two code points) lowercases to `i`
  // under the Turkish rules instead of leaving a stray dot behind.
  return (
    s
      .normalize('NFC')
      .toLocaleLowerCase('tr')
      // NFKD also unfolds compatibility forms (ligatures, full-width letters, Arabic
      // presentation forms) so that text pasted from PDFs meets text typed by hand.
      .normalize('NFKD')
      .replace(LATIN_COMBINING_MARKS_RE, '')
      .replace(SPECIAL_LETTERS_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch)
      .normalize('NFC')
  );
}

/** `i` → `İ`, `ı` → `I`: the Turkish rules, whatever the user's locale. */
export function toTurkishUpper(s: string): string {
  return s.toLocaleUpperCase('tr');
}

/** `I` → `ı`, `İ` → `i`: the Turkish rules, whatever the user's locale. */
export function toTurkishLower(s: string): string {
  return s.toLocaleLowerCase('tr');
}

/**
 * Sorting for lists: the Turkish alphabet (c < ç < d, g < ğ < h, ı < i, o < ö < p, s < ş < t,
 * u < ü < v), numbers compared as numbers (`2024/9` before `2024/10`). `variant` sensitivity
 * gives a total, stable order: names differing only by case still sort deterministically.
 */
export const turkishCollator = new Intl.Collator('tr', { sensitivity: 'variant', numeric: true });

/**
 * Equality for display purposes (`İSMAİL` equals `İsmail`), keeping Turkish letters distinct
 * (`ısmail` ≠ `ismail`, `sukru` ≠ `şükrü`). For matching what people type, use foldForSearch.
 */
export const turkishBaseCollator = new Intl.Collator('tr', { sensitivity: 'base', numeric: true });

export function compareTurkish(a: string, b: string): number {
  return turkishCollator.compare(a, b);
}

/**
 * Splits into tokens the way SQLite's `unicode61` tokenizer does with its default categories
 * (`L* N* Co`): everything else — spaces, punctuation, symbols, and combining marks — separates.
 * Using the same rule on both sides keeps the query's tokens aligned with the index's tokens.
 */
const TOKEN_RE = /[\p{L}\p{N}\p{Co}]+/gu;

export function searchTokens(s: string): string[] {
  return foldForSearch(s).match(TOKEN_RE) ?? [];
}

/** Bounds on what one query may ask of FTS5, so a pasted paragraph cannot stall the UI. */
export const FTS_MAX_TOKENS = 12;
export const FTS_MAX_TOKEN_LENGTH = 64;

/**
 * Builds an FTS5 MATCH expression from free user input: every token folded, double-quoted and
 * prefix-marked, joined by AND. Because only letters and digits survive tokenizing and each
 * token is a quoted string, nothing the user types (`"`, `*`, `-`, `:`, `^`, `(`, `NEAR`, `OR`,
 * `NOT`, column filters) can act as FTS syntax. Returns null when nothing searchable remains;
 * the caller should then skip the query instead of matching everything.
 *
 * The index must store `foldForSearch(text)` (the tokenizer then sees the same letters).
 */
export function ftsQueryFromUserInput(input: string): string | null {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const raw of searchTokens(input)) {
    const token = raw.slice(0, FTS_MAX_TOKEN_LENGTH);
    if (seen.has(token)) continue;
    seen.add(token);
    // Tokens cannot contain `"` (it is not a letter), so no escaping is needed inside quotes.
    parts.push(`"${token}"*`);
    if (parts.length === FTS_MAX_TOKENS) break;
  }
  return parts.length === 0 ? null : parts.join(' AND ');
}
