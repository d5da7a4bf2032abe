import type { GlossaryTerm } from '../../shared/schemas/glossary';
import { searchTokens } from '../text/turkish-fold';

/** At most this many terms answer one search: the glossary is a side dish in the search palette. */
export const GLOSSARY_MATCH_LIMIT = 5;

function wordsMatch(words: readonly string[], tokens: readonly string[]): boolean {
  return tokens.every((token) => words.some((word) => word.startsWith(token)));
}

/**
 * The glossary terms a search query finds, best first. Both sides go through the search's one
 * folding (`foldForSearch`), so `idari gozetim`, `İDARİ GÖZETİM` and `idarİ gözetİm` all find
 * "İdari gözetim"; every typed word must begin a word of the term. Terms whose Turkish or English
 * name matches come before terms found only in their plain-words explanation.
 */
export function matchGlossary(
  terms: readonly GlossaryTerm[],
  query: string,
  limit = GLOSSARY_MATCH_LIMIT,
): GlossaryTerm[] {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [];
  const byName: GlossaryTerm[] = [];
  const byText: GlossaryTerm[] = [];
  for (const term of terms) {
    if (wordsMatch(searchTokens(`${term.termTr} ${term.termEn}`), tokens)) byName.push(term);
    else if (wordsMatch(searchTokens(`${term.plainTr} ${term.plainEn}`), tokens)) byText.push(term);
  }
  return [...byName, ...byText].slice(0, limit);
}
