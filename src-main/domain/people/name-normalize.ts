import { foldForSearch } from '../text/turkish-fold';
import { type TokenForm, tokenForm } from './transliteration';

/**
 * Person names reduced to comparable tokens for conflict-of-interest checks.
 *
 * Particles — what is dropped and what is not:
 * - The Arabic article (al-, el-, ul-, il- and the assimilated forms ar-, as-, ash-, at-, ad-,
 *   az-, an-, ed-, er-, es-, …) is DROPPED. Whether it is written is a matter of the
 *   transliterating official, not of identity: Al-Hasan, El Hasan and Hasan name the same family.
 *   Assimilated forms are dropped only before a word starting with the matching consonant
 *   (`as-Sayed`, `ar-Rashid`), so ordinary short words are not eaten. Glued forms (`Alhasan`,
 *   `Elhassan`, `Assayed`) are kept, with an alternative without the article that matchNames may
 *   use: stripping them outright would also cut real names such as Alper, Elmas or Alkan.
 * - bin, ibn, bint, binti, ben, ould ("son/daughter of") are DROPPED when they stand between two
 *   names. The father's name that follows is kept, so no identifying information is lost, and
 *   documents often leave the word out. `Ben` at either end is left alone (it can be a name).
 * - abd/abdul/abdel/… ("servant of") and abu/abou/ebu ("father of") are NOT dropped: they are
 *   part of the name (Abd al-Rahman is one name; Abu Bakr is not Bakr). They are MERGED with the
 *   word that follows and normalized, so Abdurrahman, Abdul Rahman, Abd al-Rahman and
 *   Abdelrahman are one token, and Ebubekir, Abu Bakr and Abubakar are one token.
 * - A standalone `din` after a name (Nur ad-Din, Noor-ud-Din) is merged with it, so it meets
 *   Nureddin / Nurettin.
 * - Titles (Sheikh, Seyyid, Hacı, Mullah, Dr) are NOT dropped: several are also given names,
 *   and a spurious token only lowers a score (partialName), it never hides a match.
 */

export interface NameToken extends TokenForm {
  /** The token without a glued article (`alhasan` → `hasan`), when it had one. */
  withoutArticle?: TokenForm;
}

export interface NormalizedName {
  tokens: NameToken[];
  /** Whether an article or a "son of" particle was removed. */
  droppedParticle: boolean;
}

const ARTICLE_L = new Set(['al', 'el', 'ul', 'il', 'ol']);
// Sun-letter assimilation: the article takes the first consonant of the next word.
const ARTICLE_ASSIMILATED_RE = /^[aeiou](sh|th|dh|[tdrszn])$/;
const LINEAGE = new Set(['bin', 'ibn', 'bint', 'binti', 'ben', 'ould', 'bent']);
const SERVANT_OF = new Set([
  'abd',
  'abdul',
  'abdel',
  'abdol',
  'abdal',
  'abdu',
  'abdur',
  'abder',
  'abdor',
  'abdus',
  'abdes',
  'abdoul',
]);
const FATHER_OF = new Set(['abu', 'abou', 'ebu', 'abo']);
const DIN = new Set(['din', 'deen', 'dine', 'ddin', 'eddin', 'eddine', 'uddin', 'iddin']);

/**
 * Apostrophes mark ayn/hamza (Ja'far, Ma'mun) or Turkish suffixes; both are dropped without a
 * space. Hyphens, dots and other punctuation separate words.
 */
const APOSTROPHES_RE = /['’‘ʼʻʿʾ`´]/g;
const SEPARATORS_RE = /[^\p{L}\p{N}]+/u;

function isArticle(token: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (ARTICLE_L.has(token)) return true;
  const m = ARTICLE_ASSIMILATED_RE.exec(token);
  return m !== null && next.startsWith(m[1] ?? '');
}

/** Reduces `abdulrahman`, `abdurrahman`, `abdelrahman`, `abd` + `rahman` to `abdrahman`. */
function canonicalServantOf(token: string): string {
  let rest = token.slice(3);
  if (/^[aeiou]{1,2}l(?=[a-z]{3})/.test(rest)) rest = rest.replace(/^[aeiou]{1,2}l/, '');
  else if (/^[aeiou]([a-z])\1/.test(rest)) rest = rest.slice(2);
  // A lone linking vowel (Somali Abdirahman) is not stripped: `abd` + `aziz` would lose its `a`.
  return `abd${rest}`;
}

/** Reduces `ebubekir`, `aboubakar` to `abubekir`, `abubakar`. */
function canonicalFatherOf(token: string): string {
  return token.replace(/^(abou|abu|ebu|abo)/, 'abu');
}

function gluedArticleRemainder(token: string): string | undefined {
  const l = /^(al|el|ul)([a-z]{3,})$/.exec(token);
  if (l) return l[2];
  const assimilated = /^[aeu]([tdrszn])\1([a-z]{3,})$/.exec(token);
  if (assimilated) return `${assimilated[1]}${assimilated[2]}`;
  return undefined;
}

/** Folded words, with ayn/hamza apostrophes removed and everything else splitting words. */
export function nameWords(raw: string): string[] {
  return foldForSearch(raw)
    .replace(APOSTROPHES_RE, '')
    .split(SEPARATORS_RE)
    .filter((w) => w !== '');
}

export function normalizeName(raw: string): NormalizedName {
  const words = nameWords(raw);
  let droppedParticle = false;

  const kept: string[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (isArticle(w, next)) {
      // Inside a compound (Abd al-Rahman, Nur ad-Din) the article is part of the name's
      // structure, not a family-name particle that one document writes and another omits.
      const prev = words[i - 1];
      const internal =
        (prev !== undefined && (SERVANT_OF.has(prev) || FATHER_OF.has(prev))) || (next !== undefined && DIN.has(next));
      if (!internal) droppedParticle = true;
      return;
    }
    if (LINEAGE.has(w) && i > 0 && next !== undefined) {
      droppedParticle = true;
      return;
    }
    kept.push(w);
  });

  const merged: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const w = kept[i] ?? '';
    const next = kept[i + 1];
    if (next !== undefined && (SERVANT_OF.has(w) || FATHER_OF.has(w))) {
      merged.push(w + next);
      i++;
    } else if (DIN.has(w) && merged.length > 0) {
      merged[merged.length - 1] += 'din';
    } else {
      merged.push(w);
    }
  }

  const tokens = merged.map((w): NameToken => {
    let text = w;
    if (/^abd[a-z]{3,}$/.test(text)) text = canonicalServantOf(text);
    else if (/^(abou|abu|ebu|abo)[a-z]{3,}$/.test(text)) text = canonicalFatherOf(text);
    const token: NameToken = tokenForm(text);
    const rest = gluedArticleRemainder(text);
    if (rest !== undefined) token.withoutArticle = tokenForm(rest);
    return token;
  });
  return { tokens, droppedParticle };
}
