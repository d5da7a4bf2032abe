import { type NameToken, type NormalizedName, normalizeName } from './name-normalize';
import { type TokenForm, type TokenMatch, tokenSimilarity } from './transliteration';

import { NAME_REASONS, type NameReason } from '../../shared/schemas/conflict-reasons';

export { NAME_REASONS, type NameReason };

export interface NameMatch {
  /** 0..1; 1 only for the same words in the same order after folding. */
  score: number;
  reasons: NameReason[];
}

/**
 * Penalties, as multipliers. A swapped order (given and family names exchanged on a form) and
 * an article written on one side only are routine in this work, so they cost little. A name
 * with extra words (a father's name in the middle) still matches, for less. One shared word
 * between names of several words is a coincidence (two Mohammeds), not a match: capped low.
 */
export const NAME_PENALTIES = {
  orderSwapped: 0.95,
  particleDropped: 0.98,
  /** partial coverage factor = partialBase + partialSpan × (shorter / longer). */
  partialBase: 0.75,
  partialSpan: 0.2,
  singleWordCap: 0.6,
} as const;

/** Compares two tokens; conflict-check passes a memoized version of this. */
export type TokenComparer = (a: NameToken, b: NameToken) => TokenMatch | null;

interface PairMatch extends TokenMatch {
  i: number;
  j: number;
  viaArticle: boolean;
}

function bestOf(a: NameToken, b: NameToken, compare: (x: TokenForm, y: TokenForm) => TokenMatch | null) {
  let best: (TokenMatch & { viaArticle: boolean }) | null = null;
  const consider = (x: TokenForm, y: TokenForm, viaArticle: boolean) => {
    const m = compare(x, y);
    if (m !== null && (best === null || m.sim > best.sim)) best = { ...m, viaArticle };
  };
  consider(a, b, false);
  // The article-less alternative competes with the plain spelling; the better one wins, so
  // `Alper` still matches `Alper` exactly and only an article-less spelling needs the alternative.
  if (a.withoutArticle) consider(a.withoutArticle, b, true);
  if (b.withoutArticle) consider(a, b.withoutArticle, true);
  return best as (TokenMatch & { viaArticle: boolean }) | null;
}

/** The default comparer, trying glued-article alternatives as well. */
export const compareNameTokens: TokenComparer = (a, b) => {
  const m = bestOf(a, b, tokenSimilarity);
  if (m === null) return null;
  return m.viaArticle ? { sim: m.sim * NAME_PENALTIES.particleDropped, reason: m.reason } : m;
};

/** Whether the glued-article alternative was what matched; recomputed cheaply for reasons. */
function usedArticle(a: NameToken, b: NameToken): boolean {
  if (!a.withoutArticle && !b.withoutArticle) return false;
  return bestOf(a, b, tokenSimilarity)?.viaArticle ?? false;
}

/** Greedy one-to-one assignment; names have few words, and greedy is optimal often enough. */
function assign(a: NormalizedName, b: NormalizedName, compare: TokenComparer): PairMatch[] {
  const pairs: PairMatch[] = [];
  a.tokens.forEach((ta, i) =>
    b.tokens.forEach((tb, j) => {
      const m = compare(ta, tb);
      if (m !== null) pairs.push({ ...m, i, j, viaArticle: false });
    }),
  );
  pairs.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen: PairMatch[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    chosen.push(p);
  }
  return chosen.sort((x, y) => x.i - y.i);
}

const NO_MATCH: NameMatch = { score: 0, reasons: [] };

/** Scores two normalized names. `compare` lets a caller memoize token comparisons. */
export function matchNormalizedNames(
  a: NormalizedName,
  b: NormalizedName,
  compare: TokenComparer = compareNameTokens,
): NameMatch {
  const shorter = Math.min(a.tokens.length, b.tokens.length);
  const longer = Math.max(a.tokens.length, b.tokens.length);
  if (shorter === 0) return NO_MATCH;
  const chosen = assign(a, b, compare);
  if (chosen.length === 0) return NO_MATCH;

  const reasons = new Set<NameReason>();
  let score = chosen.reduce((sum, p) => sum + p.sim, 0) / shorter;
  for (const p of chosen) if (p.reason !== 'exactName') reasons.add(p.reason);

  const swapped = chosen.some((p, k) => k > 0 && p.j < (chosen[k - 1]?.j ?? -1));
  if (swapped) {
    score *= NAME_PENALTIES.orderSwapped;
    reasons.add('nameOrderSwapped');
  }
  const article = chosen.some((p) => {
    const ta = a.tokens[p.i];
    const tb = b.tokens[p.j];
    return ta !== undefined && tb !== undefined && usedArticle(ta, tb);
  });
  if (article || a.droppedParticle !== b.droppedParticle) {
    if (!article) score *= NAME_PENALTIES.particleDropped;
    reasons.add('particleDropped');
  }
  if (longer > shorter || chosen.length < shorter) {
    reasons.add('partialName');
    if (shorter === 1 || chosen.length === 1) score = Math.min(score, NAME_PENALTIES.singleWordCap);
    else score *= NAME_PENALTIES.partialBase + NAME_PENALTIES.partialSpan * (shorter / longer);
  }
  const exact =
    !swapped &&
    !reasons.has('particleDropped') &&
    longer === shorter &&
    chosen.length === shorter &&
    chosen.every((p) => p.reason === 'exactName');
  if (exact) reasons.add('exactName');
  return { score: Math.round(score * 1000) / 1000, reasons: NAME_REASONS.filter((r) => reasons.has(r)) };
}

/** Compares two names as typed (`Mohammad Al-Hasan` vs `Muhammed El Hassan`). */
export function matchNames(a: string, b: string): NameMatch {
  return matchNormalizedNames(normalizeName(a), normalizeName(b));
}
