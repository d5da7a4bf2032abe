/**
 * Transliteration-aware comparison of single name tokens (Arabic, Persian, Kurdish and Turkish
 * names written in Latin letters).
 *
 * Two layers:
 * 1. `phoneticKey` rewrites a folded token with general rules (kh→h, q→k, ou/oo/o→u, ee→i,
 *    w→v, th→s, dh→z, dj/c→j, p→b, d→t, doubled letters once, …) so that most spellings of
 *    one name land on the same key, while vowels stay in the key: `Omar` and `Ammar`, or `Hasan`
 *    and `Hussein`, differ mainly in their vowels.
 * 2. VARIANT_GROUPS lists the names the rules cannot reach (Hüseyin/Hussein, Yusuf/Youssef,
 *    Fatma/Fatima, Gamal/Jamal, Ramazan/Ramadan, …) and the Turkish forms that are really
 *    separate names (Mehmet for Muhammad), which score lower.
 * What remains is a weighted edit distance on keys in which the ambiguous vowel `e` (Persian
 * e for Arabic i, Turkish e for Arabic a) is cheap to swap for `a` or `i`, but `a`/`i`/`u`
 * are not interchangeable, and short names tolerate almost nothing.
 */

export type TokenReason = 'exactName' | 'transliteration' | 'turkishForm' | 'similarSpelling';

export interface TokenMatch {
  /** 0..1, 1 only for identical folded spellings. */
  sim: number;
  reason: TokenReason;
}

/** Scores for each kind of token match; matchNames combines them. */
export const TOKEN_SCORES = {
  exact: 1,
  transliteration: 0.95,
  turkishForm: 0.8,
  /** Fuzzy scores start here and drop by `fuzzyStep` per unit of edit distance. */
  fuzzyBase: 0.95,
  fuzzyStep: 0.1,
} as const;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Arabic `-iyya`/`-iya` endings (Zakariyya, Zekeriya) → `-ia`, before `y` is treated below.
  [/iyy?a$/, 'ia'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  // French `tch` is the English ch; otherwise `ch` in these names comes from French
  // transliteration of sh (Aicha, Chérif). Turkish ç has already been folded to c.
  [/tch/g, 'c'],
  [/s?ch/g, 's'],
  [/sh/g, 's'],
  [/(dzh|dj|zh)/g, 'j'],
  // th (tha) is s in Turkish and Persian (Uthman → Osman); dh (dhal, dad) is z (Ridha → Rıza).
  [/th/g, 's'],
  [/dh/g, 'z'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  // Kurmanji x is kh (Xalid, Xelîl). Names with an English x are rare in this population.
  [/x/g, 'h'],
  [/w/g, 'v'],
  // Turkish c is j (Cemal, Cafer, Hatice).
  [/c/g, 'j'],
  // Turkish devoices final consonants and official spellings follow (Ahmet, Zeynep, Yakup).
  [/p/g, 'b'],
  [/d/g, 't'],
  [/(ou|oo|o)/g, 'u'],
  [/ee/g, 'i'],
  // `y` between a vowel and `i` is a glide Turkish writes and Arabic spellings do not
  // (Hüseyin/Hussein, Ismayil/Ismail).
  [/([aeiu])y(?=i)/g, '$1'],
  // `y` after a vowel and before a consonant or at the end is the second half of a diphthong
  // (Zeynep/Zainab, Husayn/Husain, Ayşe/Aisha).
  [/([aeiu])y(?=[^aeiu]|$)/g, '$1i'],
  // A final h after a vowel is silent (Fatimah, Fatemeh, Aishah).
  [/([aeiu])h$/, '$1'],
  // French spellings add a silent e (Abderrahmane, Slimane, Yassine, Lamine). Short names are
  // left alone: Turkish Emine is Amina, not Amin.
  [/^([a-z]{3,}[ai]n)e$/, '$1'],
  [/(.)\1+/g, '$1'],
  // Compounds with ad-Din (Nureddin, Nurettin, Nur al-Din after merging, Noureddine): drop the
  // linking vowel and a final e so all spellings meet. `Metin` is unaffected (nothing before `tin`
  // but one syllable).
  [/^([a-z]{2,}?)[aeiu]?tine?$/, '$1tin'],
];

const LATIN_TOKEN_RE = /^[a-z]+$/;

/** The phonetic key of a folded token; tokens that are not plain Latin letters are kept as is. */
export function phoneticKey(token: string): string {
  if (!LATIN_TOKEN_RE.test(token)) return token;
  let key = token;
  for (const [re, to] of RULES) key = key.replace(re, to);
  return key;
}

/**
 * Names the rules cannot unify. Each group lists folded spellings; `turkish` lists Turkish forms
 * that are names in their own right. Mehmet is the Turkish form of Muhammad, but a Turkish
 * Mehmet is not usually also written Muhammad, so a Mehmet/Muhammad pair is a weaker signal.
 */
const VARIANT_GROUPS: ReadonlyArray<{ forms: readonly string[]; turkish?: readonly string[] }> = [
  {
    forms: [
      'muhammad',
      'mohammed',
      'muhammed',
      'mohamed',
      'mohammad',
      'mohamad',
      'muhamad',
      'mouhamed',
      'mohamud',
      'mohamoud',
      'mukhammad',
      'muhammet',
    ],
    turkish: ['mehmet', 'mehmed'],
  },
  { forms: ['hussein', 'husein', 'huseyin', 'husayn', 'hossein', 'hosein', 'husain', 'hussain', 'houssein'] },
  { forms: ['yusuf', 'youssef', 'yousef', 'yosef', 'yousif', 'yusef', 'yousuf', 'youcef', 'yussuf'] },
  { forms: ['fatima', 'fatma', 'fatemeh', 'fatimah', 'fatuma'], turkish: ['fadime'] },
  { forms: ['aisha', 'ayse', 'ayesha', 'aicha', 'aishah', 'aysha', 'aesha'] },
  { forms: ['khadija', 'hatice', 'khadijeh', 'khadidja', 'hadice', 'hadija', 'khadiga'] },
  { forms: ['yaqub', 'yakup', 'yaghoub', 'yacoub', 'yakub', 'yaqoob', 'yacub', 'yagub'] },
  { forms: ['zakaria', 'zakariya', 'zakariyya', 'zekeriya', 'zakariah', 'zakarya'] },
  { forms: ['jamal', 'cemal', 'gamal', 'djamel', 'jamel'] },
  { forms: ['sulaiman', 'suleiman', 'suleyman', 'soliman', 'sleiman', 'sulayman', 'slimane'] },
  { forms: ['ramadan', 'ramazan', 'ramadhan'] },
  { forms: ['ridwan', 'ridvan', 'rizwan', 'redouane', 'radwan', 'rizvan'] },
  { forms: ['qasim', 'kasim', 'ghasem', 'qassem', 'kassem', 'gasim', 'qasem'] },
  { forms: ['abubakr', 'abubakar', 'abubaker', 'ebubekir', 'abubekir', 'aboubakar'] },
  { forms: ['isa', 'issa', 'eisa', 'esa'] },
  { forms: ['yunus', 'younes', 'younis', 'yunis', 'younus'] },
  { forms: ['fadl', 'fazil', 'fazl', 'fadel', 'fadil'] },
];

interface GroupEntry {
  group: number;
  turkish: boolean;
}

/** Keyed by phonetic key, so spellings the rules already unify need not be listed. */
const GROUP_BY_KEY: ReadonlyMap<string, GroupEntry> = (() => {
  const map = new Map<string, GroupEntry>();
  VARIANT_GROUPS.forEach((g, group) => {
    for (const f of g.forms) map.set(phoneticKey(f), { group, turkish: false });
    for (const f of g.turkish ?? []) map.set(phoneticKey(f), { group, turkish: true });
  });
  return map;
})();

export function variantGroupOf(key: string): GroupEntry | undefined {
  return GROUP_BY_KEY.get(key);
}

const VOWELS = new Set(['a', 'e', 'i', 'u']);
/** Consonants often confused between transliteration systems (Ghasem/Qasem, Gamal/Jamal). */
const NEAR_CONSONANTS = new Set(['g|k', 'k|g', 's|z', 'z|s', 't|z', 'z|t', 'j|g', 'g|j', 'j|z', 'z|j', 'v|b', 'b|v']);

function substitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  const vx = VOWELS.has(x);
  const vy = VOWELS.has(y);
  if (vx && vy) return x === 'e' || y === 'e' ? 0.25 : 1;
  if ((x === 'y' && y === 'i') || (x === 'i' && y === 'y')) return 0.5;
  if (vx || vy) return 1;
  return NEAR_CONSONANTS.has(`${x}|${y}`) ? 0.5 : 1;
}

function indelCost(x: string): number {
  if (VOWELS.has(x)) return 0.5;
  // h is often silent or dropped (Mohammed/Moammed, Abdullah/Abdulla); y is a glide.
  if (x === 'h') return 0.5;
  if (x === 'y') return 0.75;
  return 1;
}

const FEMININE_ENDING_COST = 0.75;

function endsWithVowel(key: string): boolean {
  return VOWELS.has(key.slice(-1));
}

/** The largest weighted distance still treated as the same name; short names tolerate little. */
export function maxDistanceFor(length: number): number {
  if (length <= 4) return 0.25;
  if (length <= 6) return 0.75;
  if (length <= 8) return 1;
  return 1.5;
}

/**
 * Weighted Levenshtein distance, abandoned as soon as it cannot stay under `limit` (returns
 * Infinity then), which keeps scanning thousands of index tokens cheap.
 */
export function weightedDistance(a: string, b: string, limit = Infinity): number {
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = (prev[j - 1] ?? 0) + indelCost(b[j - 1] ?? '');
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1] ?? '';
    curr[0] = (prev[0] ?? 0) + indelCost(ai);
    let rowMin = curr[0];
    for (let j = 1; j <= b.length; j++) {
      const bj = b[j - 1] ?? '';
      const v = Math.min(
        (prev[j] ?? Infinity) + indelCost(ai),
        (curr[j - 1] ?? Infinity) + indelCost(bj),
        (prev[j - 1] ?? Infinity) + substitutionCost(ai, bj),
      );
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return Infinity;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? Infinity;
}

/** What tokenSimilarity needs to know about a token; computed once per token. */
export interface TokenForm {
  /** Folded spelling. */
  text: string;
  key: string;
  group: GroupEntry | undefined;
}

export function tokenForm(text: string): TokenForm {
  const key = phoneticKey(text);
  return { text, key, group: variantGroupOf(key) };
}

/** How alike two name tokens are, or null when they should not count as the same name. */
export function tokenSimilarity(a: TokenForm, b: TokenForm): TokenMatch | null {
  if (a.text === b.text) return { sim: TOKEN_SCORES.exact, reason: 'exactName' };
  if (a.group !== undefined && b.group !== undefined && a.group.group === b.group.group) {
    return a.group.turkish !== b.group.turkish
      ? { sim: TOKEN_SCORES.turkishForm, reason: 'turkishForm' }
      : { sim: TOKEN_SCORES.transliteration, reason: 'transliteration' };
  }
  if (a.key === b.key) return { sim: TOKEN_SCORES.transliteration, reason: 'transliteration' };
  // Both in (different) variant groups: the table says they are different names.
  if (a.group !== undefined && b.group !== undefined) return null;
  const longest = Math.max(a.key.length, b.key.length);
  const limit = maxDistanceFor(longest);
  if (Math.abs(a.key.length - b.key.length) > 2) return null;
  if (!LATIN_TOKEN_RE.test(a.key) || !LATIN_TOKEN_RE.test(b.key)) return null;
  // A final vowel on one side only is usually the Arabic feminine ending (Amin/Amina,
  // Jamil/Jamila, Nur/Nura): a different person, so it costs more than a vowel elsewhere.
  const genderEnding = endsWithVowel(a.key) !== endsWithVowel(b.key) ? FEMININE_ENDING_COST : 0;
  const d = genderEnding + weightedDistance(a.key, b.key, limit - genderEnding);
  if (d > limit) return null;
  return {
    sim: TOKEN_SCORES.fuzzyBase - TOKEN_SCORES.fuzzyStep * d,
    reason: d <= 0.5 ? 'transliteration' : 'similarSpelling',
  };
}
