import { type IdentityKind, normalizeIdentityNumber } from './identity-numbers';
import {
  type NameMatch,
  type NameReason,
  type TokenComparer,
  compareNameTokens,
  matchNormalizedNames,
} from './name-match';
import { type NameToken, type NormalizedName, normalizeName } from './name-normalize';
import { type TokenMatch } from './transliteration';

/**
 * Conflict-of-interest check: who in the vault might be the person about to be added?
 *
 * Names carry most of the signal; dates of birth raise or lower it; an identical identity
 * number is reported whatever the names say, because it is either the same person under another
 * spelling or a data-entry error that the lawyer must see. The check is recall-oriented: a
 * false alarm costs a glance, a missed conflict can cost a case.
 *
 * Speed: `prepareIndex` normalizes every name once. A check then compares the candidate's few
 * words against each distinct word in the vault once (memoized), so 10,000 people cost little
 * more than the distinct spellings among them.
 */

export interface ConflictPerson {
  id: string;
  givenName?: string;
  familyName?: string;
  /** Other spellings and aliases, each a full name. */
  aliases?: readonly string[];
  /** `YYYY-MM-DD`, or `YYYY` when only the year is known. */
  dateOfBirth?: string;
  /** The date (or year) is an estimate, e.g. from an age assessment. */
  dateOfBirthApproximate?: boolean;
  identityNumbers?: ReadonlyArray<{ kind: IdentityKind; value: string }>;
}

export type ConflictCandidate = Omit<ConflictPerson, 'id'>;

export { CONFLICT_REASONS, type ConflictReason } from '../../shared/schemas/conflict-reasons';
import type { ConflictReason } from '../../shared/schemas/conflict-reasons';

export interface ConflictMatch {
  id: string;
  /** 0..1 */
  score: number;
  reasons: ConflictReason[];
  /** Why the names matched (transliteration, particleDropped, …); empty for an ID-only match. */
  nameReasons: NameReason[];
  /** The stored name or alias that matched best, for display next to the reasons. */
  matchedName: string | null;
}

export interface ConflictOptions {
  /** Minimum score to report (identity-number matches are always reported). Default 0.7. */
  threshold?: number;
  /** At most this many matches, best first. Default 50. */
  limit?: number;
  /** The record being edited, so it does not match itself. */
  excludeId?: string;
}

export const CONFLICT_DEFAULTS = { threshold: 0.7, limit: 50 } as const;

/** How dates of birth and identity numbers move the name score. */
export const CONFLICT_WEIGHTS = {
  /** Share of the remaining distance to 1 closed by an equal full date of birth. */
  dateOfBirthMatch: 0.5,
  birthYearMatch: 0.25,
  /** Multiplier for a contradicting date of birth. */
  dateOfBirthMismatch: 0.75,
  /** Floor for an identical identity number, reached even when the names differ. */
  identityNumber: 0.95,
  /** Beside an identical ID number, names scoring below this are reported as different. */
  namesAgree: 0.7,
  /** Years of slack around an approximate date or year. */
  approximateYears: 2,
} as const;

interface BirthDate {
  year: number;
  /** `MM-DD`, or null when only the year is known. */
  monthDay: string | null;
  approximate: boolean;
}

/**
 * 1 January is what registration fills in when the day is unknown (common on documents of
 * people from Syria and Afghanistan), so it is trusted for the year only when dates disagree.
 */
const PLACEHOLDER_MONTH_DAY = '01-01';

function parseBirthDate(value: string | undefined, approximate: boolean | undefined): BirthDate | null {
  if (value === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2}-\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  return { year: Number(m[1]), monthDay: m[2] ?? null, approximate: approximate === true };
}

type BirthComparison = 'dateOfBirthMatch' | 'birthYearMatch' | 'dateOfBirthMismatch' | null;

function compareBirthDates(a: BirthDate | null, b: BirthDate | null): BirthComparison {
  if (a === null || b === null) return null;
  if (a.approximate || b.approximate) {
    return Math.abs(a.year - b.year) <= CONFLICT_WEIGHTS.approximateYears ? 'birthYearMatch' : 'dateOfBirthMismatch';
  }
  if (a.year !== b.year) return 'dateOfBirthMismatch';
  if (a.monthDay === null || b.monthDay === null) return 'birthYearMatch';
  if (a.monthDay === b.monthDay) return 'dateOfBirthMatch';
  return a.monthDay === PLACEHOLDER_MONTH_DAY || b.monthDay === PLACEHOLDER_MONTH_DAY
    ? 'birthYearMatch'
    : 'dateOfBirthMismatch';
}

interface IndexedName {
  label: string;
  isAlias: boolean;
  normalized: NormalizedName;
}

interface IndexedPerson {
  id: string;
  names: IndexedName[];
  birth: BirthDate | null;
  idKeys: string[];
}

function fullName(p: ConflictCandidate): string {
  return [p.givenName, p.familyName].filter((s) => s !== undefined && s.trim() !== '').join(' ');
}

function indexNames(p: ConflictCandidate): IndexedName[] {
  const names: IndexedName[] = [];
  const main = fullName(p);
  if (main !== '') names.push({ label: main, isAlias: false, normalized: normalizeName(main) });
  for (const alias of p.aliases ?? []) {
    if (alias.trim() !== '') names.push({ label: alias, isAlias: true, normalized: normalizeName(alias) });
  }
  return names.filter((n) => n.normalized.tokens.length > 0);
}

function identityKeys(p: ConflictCandidate): string[] {
  const keys = new Set<string>();
  for (const n of p.identityNumbers ?? []) {
    const key = normalizeIdentityNumber(n.kind, n.value);
    if (key !== null) keys.add(key);
  }
  return [...keys];
}

function indexPerson(p: ConflictPerson): IndexedPerson {
  return {
    id: p.id,
    names: indexNames(p),
    birth: parseBirthDate(p.dateOfBirth, p.dateOfBirthApproximate),
    idKeys: identityKeys(p),
  };
}

/**
 * The in-memory index. Keep one per unlocked vault: build it after unlock with prepareIndex,
 * call upsert after every create/update of a person (client, opposing party, other person) and
 * remove after a hard delete; drop it on lock (it holds names).
 */
export class ConflictIndex {
  private readonly people = new Map<string, IndexedPerson>();
  private readonly byIdentity = new Map<string, Set<string>>();

  get size(): number {
    return this.people.size;
  }

  upsert(person: ConflictPerson): void {
    this.remove(person.id);
    const indexed = indexPerson(person);
    this.people.set(person.id, indexed);
    for (const key of indexed.idKeys) {
      let ids = this.byIdentity.get(key);
      if (!ids) this.byIdentity.set(key, (ids = new Set()));
      ids.add(person.id);
    }
  }

  remove(id: string): void {
    const old = this.people.get(id);
    if (!old) return;
    this.people.delete(id);
    for (const key of old.idKeys) {
      const ids = this.byIdentity.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.byIdentity.delete(key);
    }
  }

  clear(): void {
    this.people.clear();
    this.byIdentity.clear();
  }

  /** @internal for findConflicts */
  entries(): IterableIterator<IndexedPerson> {
    return this.people.values();
  }

  /** @internal for findConflicts and ConflictBatch */
  get(id: string): IndexedPerson | undefined {
    return this.people.get(id);
  }

  /** @internal for findConflicts */
  idsWithIdentity(key: string): ReadonlySet<string> | undefined {
    return this.byIdentity.get(key);
  }
}

export function prepareIndex(people: Iterable<ConflictPerson>): ConflictIndex {
  const index = new ConflictIndex();
  for (const p of people) index.upsert(p);
  return index;
}

/** Memoizes token comparisons per candidate token, keyed by the stored token's spelling. */
function memoizedComparer(): TokenComparer {
  const memo = new Map<NameToken, Map<string, TokenMatch | null>>();
  return (a, b) => {
    let row = memo.get(a);
    if (!row) memo.set(a, (row = new Map<string, TokenMatch | null>()));
    let m = row.get(b.text);
    if (m === undefined) {
      m = compareNameTokens(a, b);
      row.set(b.text, m);
    }
    return m;
  };
}

interface BestName {
  match: NameMatch;
  alias: boolean;
  label: string;
}

function bestNameMatch(candidate: IndexedName[], person: IndexedPerson, compare: TokenComparer): BestName | null {
  let best: BestName | null = null;
  for (const c of candidate) {
    for (const p of person.names) {
      const match = matchNormalizedNames(c.normalized, p.normalized, compare);
      if (match.score > 0 && (best === null || match.score > best.match.score)) {
        best = { match, alias: c.isAlias || p.isAlias, label: p.label };
      }
    }
  }
  return best;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function findConflicts(
  candidate: ConflictCandidate,
  people: ConflictIndex | Iterable<ConflictPerson>,
  options: ConflictOptions = {},
): ConflictMatch[] {
  const index = people instanceof ConflictIndex ? people : prepareIndex(people);
  return scoreCandidate(candidate, index, index.entries(), memoizedComparer(), options);
}

/**
 * Scores `candidate` against `people` (all of the index, or the ones a batch found to share a
 * matching word), adding everyone with the same identity number. One function for the single
 * check and the batch, so both report the same matches with the same scores.
 */
function scoreCandidate(
  candidate: ConflictCandidate,
  index: ConflictIndex,
  people: Iterable<IndexedPerson>,
  compare: TokenComparer,
  options: ConflictOptions,
): ConflictMatch[] {
  const threshold = options.threshold ?? CONFLICT_DEFAULTS.threshold;
  const limit = options.limit ?? CONFLICT_DEFAULTS.limit;
  const names = indexNames(candidate);
  const birth = parseBirthDate(candidate.dateOfBirth, candidate.dateOfBirthApproximate);
  const sameIdentity = new Set<string>();
  for (const key of identityKeys(candidate)) for (const id of index.idsWithIdentity(key) ?? []) sameIdentity.add(id);

  const matches: ConflictMatch[] = [];
  const seen = new Set<string>();
  const consider = (person: IndexedPerson) => {
    if (person.id === options.excludeId || seen.has(person.id)) return;
    seen.add(person.id);
    const idMatch = sameIdentity.has(person.id);
    const name = names.length > 0 ? bestNameMatch(names, person, compare) : null;
    if (name === null && !idMatch) return;

    const reasons: ConflictReason[] = [];
    let score = 0;
    // With an identical ID number, weakly similar names are "different names": the reasons
    // should not suggest otherwise.
    const nameCounts = name !== null && (!idMatch || name.match.score >= CONFLICT_WEIGHTS.namesAgree);
    if (name !== null && nameCounts) {
      score = name.match.score;
      reasons.push(name.match.reasons.includes('exactName') ? 'nameExact' : 'nameVariant');
      if (name.alias) reasons.push('aliasMatch');
      // A date of birth only qualifies a name match; on its own it identifies no one.
      const dob = compareBirthDates(birth, person.birth);
      if (dob === 'dateOfBirthMatch') score += (1 - score) * CONFLICT_WEIGHTS.dateOfBirthMatch;
      else if (dob === 'birthYearMatch') score += (1 - score) * CONFLICT_WEIGHTS.birthYearMatch;
      else if (dob === 'dateOfBirthMismatch') score *= CONFLICT_WEIGHTS.dateOfBirthMismatch;
      if (dob !== null) reasons.push(dob);
    }
    if (idMatch) {
      reasons.unshift('identityNumberExact');
      // At least the floor; names that also match lift it towards 1.
      score = CONFLICT_WEIGHTS.identityNumber + (1 - CONFLICT_WEIGHTS.identityNumber) * score;
    } else if (score < threshold) {
      return;
    }
    matches.push({
      id: person.id,
      score: round(score),
      reasons,
      nameReasons: nameCounts ? (name?.match.reasons ?? []) : [],
      matchedName: nameCounts ? (name?.label ?? null) : null,
    });
  };
  for (const person of people) consider(person);
  for (const id of sameIdentity) {
    const person = index.get(id);
    if (person) consider(person);
  }
  matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return matches.slice(0, limit);
}

/**
 * Many checks against one index (an import's preview: thousands of rows against the vault).
 * `findConflicts` scores every person for each candidate; here each distinct word of the
 * candidates is compared once with each distinct word of the index, and a candidate is scored
 * (by the same `scoreCandidate`) only against the people who could reach the threshold:
 *
 * - a name's score is at most k / m, for k matched word pairs (one-to-one) and m words in the
 *   shorter of the two names: each pair counts at most 1, and penalties and caps only lower it;
 * - without a date of birth that agrees, the threshold t (0.7) must be reached by the name
 *   alone, so k ≥ ⌈t·m⌉; a date of birth that agrees adds at most half the remaining distance,
 *   so k ≥ ⌈(2t − 1)·m⌉, and at least 1;
 * - k is at most the number of the candidate's word positions (a repeated word counts each
 *   time: `Çelik Çelik`) that match a word of the person, and m is at least the shortest name
 *   on either side; so those bounds let through everyone who could be reported (and everyone
 *   with the same identity number is added by `scoreCandidate`).
 *
 * The matches are therefore exactly `findConflicts`'s (tested on the same candidates); the
 * filter only skips people who cannot be reported.
 */
export class ConflictBatch {
  private readonly people: IndexedPerson[] = [];
  private readonly holders = new Map<string, number[]>();
  private readonly words: NameToken[] = [];
  private readonly wordMatches = new Map<string, string[]>();
  private readonly memo = new Map<string, Map<string, TokenMatch | null>>();
  /** Per person: words in their shortest name; birth year (or -1) and whether approximate. */
  private readonly shortestName: Uint8Array;
  private readonly birthYear: Int32Array;
  private readonly birthApproximate: Uint8Array;
  /** Scratch per check: which candidate word positions matched a word of the person (bit mask). */
  private readonly mask: Uint32Array;
  private readonly stamp: Uint32Array;
  private round = 0;
  private readonly compare: TokenComparer = (a, b) => {
    let row = this.memo.get(a.text);
    if (!row) this.memo.set(a.text, (row = new Map<string, TokenMatch | null>()));
    let m = row.get(b.text);
    if (m === undefined) {
      m = compareNameTokens(a, b);
      row.set(b.text, m);
    }
    return m;
  };

  constructor(private readonly index: ConflictIndex) {
    for (const person of index.entries()) this.people.push(person);
    const n = this.people.length;
    this.shortestName = new Uint8Array(n);
    this.birthYear = new Int32Array(n).fill(-1);
    this.birthApproximate = new Uint8Array(n);
    this.mask = new Uint32Array(n);
    this.stamp = new Uint32Array(n);
    this.people.forEach((person, i) => {
      if (person.birth) {
        this.birthYear[i] = person.birth.year;
        this.birthApproximate[i] = person.birth.approximate ? 1 : 0;
      }
      const own = new Set<string>();
      this.shortestName[i] = Math.min(255, ...person.names.map((name) => name.normalized.tokens.length));
      for (const name of person.names) {
        for (const token of name.normalized.tokens) {
          if (own.has(token.text)) continue;
          own.add(token.text);
          let list = this.holders.get(token.text);
          if (!list) {
            this.holders.set(token.text, (list = []));
            this.words.push(token);
          }
          list.push(i);
        }
      }
    });
  }

  /** The stored words that match `token` (any similarity), computed once per spelling. */
  private matchingWords(token: NameToken): string[] {
    let found = this.wordMatches.get(token.text);
    if (found === undefined) {
      found = this.words.filter((w) => this.compare(token, w) !== null).map((w) => w.text);
      this.wordMatches.set(token.text, found);
    }
    return found;
  }

  check(candidate: ConflictCandidate, options: ConflictOptions = {}): ConflictMatch[] {
    const round = ++this.round;
    const names = indexNames(candidate);
    const birth = parseBirthDate(candidate.dateOfBirth, candidate.dateOfBirthApproximate);
    const threshold = options.threshold ?? CONFLICT_DEFAULTS.threshold;
    const candidateShortest = Math.min(...names.map((n) => n.normalized.tokens.length));
    // One bit per word position of the candidate's names; past 32 positions everyone touched passes.
    let position = 0;
    const touched: number[] = [];
    for (const name of names) {
      for (const token of name.normalized.tokens) {
        const bit = position < 32 ? 1 << position : 0;
        position++;
        for (const word of this.matchingWords(token)) {
          for (const i of this.holders.get(word) ?? []) {
            if (this.stamp[i] !== round) {
              this.stamp[i] = round;
              this.mask[i] = 0;
              touched.push(i);
            }
            this.mask[i]! |= bit;
          }
        }
      }
    }
    const people: IndexedPerson[] = [];
    for (const i of touched) {
      let matched = position > 32 ? Infinity : 0;
      for (let m = this.mask[i]!; m !== 0; m &= m - 1) matched++;
      const shortest = Math.min(candidateShortest, this.shortestName[i]!);
      let sameBirth = false;
      const year = this.birthYear[i]!;
      if (birth !== null && year >= 0) {
        const slack = birth.approximate || this.birthApproximate[i] === 1 ? CONFLICT_WEIGHTS.approximateYears : 0;
        sameBirth = Math.abs(year - birth.year) <= slack;
      }
      // A tiny epsilon keeps 0.7 × 10 from rounding up to 8.
      const need = sameBirth
        ? Math.max(1, Math.ceil((2 * threshold - 1) * shortest - 1e-9))
        : Math.ceil(threshold * shortest - 1e-9);
      if (matched >= need) people.push(this.people[i]!);
    }
    return scoreCandidate(candidate, this.index, people, this.compare, options);
  }
}
