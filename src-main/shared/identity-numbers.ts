/**
 * Lives in shared/ (re-exported from domain/people/identity-numbers) because the renderer's
 * forms validate with the same zod schemas, and the renderer may import only shared/.
 *
 * Identity numbers a client may hold in Turkey, their validation, and the normalized keys used
 * to detect duplicates.
 *
 * - `turkish-id`: T.C. kimlik no — 11 digits, first digit not 0, two check digits (below).
 * - `foreign-id`: yabancı kimlik no (YKN) — 11 digits starting with 99, same check digits. Given
 *   with residence permits and international-protection registration.
 * - `temporary-protection-id`: the YKN on a temporary-protection (geçici koruma) ID card. Same
 *   format as `foreign-id`. Some older temporary-protection documents are reported to carry
 *   98-prefixed numbers; we could not confirm that series, so we accept 98 as well as 99 here
 *   (still requiring the checksum) rather than refuse a number the lawyer reads off a real card.
 *   Tighten TEMPORARY_PROTECTION_PREFIXES if that series turns out not to exist.
 * - `passport`: free-form alphanumerics; issuing states differ too much to validate further.
 * - `unhcr`: UNHCR case or individual numbers, e.g. `123-12C12345`; formats have changed over
 *   the years, so we only check the characters and the length.
 * - `other`: anything else the lawyer needs to record (e.g. a removal-centre file number).
 */
export const IDENTITY_KINDS = [
  'turkish-id',
  'foreign-id',
  'temporary-protection-id',
  'passport',
  'unhcr',
  'other',
] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export const FOREIGN_ID_PREFIXES = ['99'] as const;
export const TEMPORARY_PROTECTION_PREFIXES = ['99', '98'] as const;

/** Codes, not messages: the UI translates them (tr, en). */
export type IdentityProblem =
  'identity.empty' | 'identity.badFormat' | 'identity.badPrefix' | 'identity.badChecksum' | 'identity.tooLong';

export type IdentityCheck = { ok: true; value: string } | { ok: false; code: IdentityProblem };

/**
 * The T.C. kimlik no checksum, shared by YKN numbers: d10 = (7·(d1+d3+d5+d7+d9) − (d2+d4+d6+d8))
 * mod 10, and d11 = (d1+…+d10) mod 10. Returns the two check digits of the first nine digits.
 */
export function turkishIdCheckDigits(firstNine: string): string {
  const d = Array.from(firstNine, Number);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    if (i % 2 === 0) odd += d[i] ?? 0;
    else even += d[i] ?? 0;
  }
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  return `${tenth}${(odd + even + tenth) % 10}`;
}

/** Whether 11 ASCII digits carry the right T.C./YKN check digits (`turkishIdCheckDigits`). */
export function hasValidTurkishIdChecksum(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  return digits.slice(9) === turkishIdCheckDigits(digits.slice(0, 9));
}

/**
 * Accepts the usual ways a number is written (spaces, dots, hyphens between digit groups) but
 * not letters: a letter inside an ID number is a typo worth showing, not something to drop.
 */
function digitsOnly(value: string): string | null {
  const compact = value.replace(/[\s.\-_/]/g, '');
  return /^\d+$/.test(compact) ? compact : null;
}

function checkElevenDigits(value: string, prefixes: readonly string[] | null): IdentityCheck {
  const digits = digitsOnly(value);
  if (digits === null || digits.length !== 11) return { ok: false, code: 'identity.badFormat' };
  if (prefixes !== null && !prefixes.some((p) => digits.startsWith(p)))
    return { ok: false, code: 'identity.badPrefix' };
  if (digits.startsWith('0')) return { ok: false, code: 'identity.badFormat' };
  if (!hasValidTurkishIdChecksum(digits)) return { ok: false, code: 'identity.badChecksum' };
  return { ok: true, value: digits };
}

/** Upper-cases without the Turkish dotted/dotless I surprise (`i` → `I`, never `İ`). */
function asciiUpper(value: string): string {
  return value.normalize('NFKC').replace(/ı/g, 'i').toUpperCase();
}

const MAX_FREE_FORM = 40;

/** Validates and returns the canonical stored form (digits only; upper-case, no spaces). */
export function validateIdentityNumber(kind: IdentityKind, value: string): IdentityCheck {
  if (value.trim() === '') return { ok: false, code: 'identity.empty' };
  switch (kind) {
    case 'turkish-id':
      return checkElevenDigits(value, null);
    case 'foreign-id':
      return checkElevenDigits(value, FOREIGN_ID_PREFIXES);
    case 'temporary-protection-id':
      return checkElevenDigits(value, TEMPORARY_PROTECTION_PREFIXES);
    case 'passport': {
      const v = asciiUpper(value).replace(/[\s\-.]/g, '');
      if (v.length > MAX_FREE_FORM) return { ok: false, code: 'identity.tooLong' };
      return /^[A-Z0-9]{4,}$/.test(v) ? { ok: true, value: v } : { ok: false, code: 'identity.badFormat' };
    }
    case 'unhcr': {
      // Keep the hyphens for display (`123-12C12345`); unify dash look-alikes and drop spaces.
      const v = asciiUpper(value)
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/\s+/g, '');
      if (v.length > MAX_FREE_FORM) return { ok: false, code: 'identity.tooLong' };
      const digitCount = v.replace(/\D/g, '').length;
      return /^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(v) && digitCount >= 5
        ? { ok: true, value: v }
        : { ok: false, code: 'identity.badFormat' };
    }
    case 'other': {
      const v = value.trim().replace(/\s+/g, ' ');
      return v.length > MAX_FREE_FORM ? { ok: false, code: 'identity.tooLong' } : { ok: true, value: v };
    }
  }
}

/**
 * The key under which two numbers count as the same, for duplicate and conflict detection.
 * The three 11-digit kinds share one key space: a YKN recorded once as a temporary-protection
 * number and once as a foreign ID (after a change of status) is the same person. Separators
 * are ignored everywhere (`123-12C12345` = `12312C12345`). Returns null when nothing is left.
 */
export function normalizeIdentityNumber(kind: IdentityKind, value: string): string | null {
  switch (kind) {
    case 'turkish-id':
    case 'foreign-id':
    case 'temporary-protection-id': {
      const digits = value.replace(/\D/g, '');
      return digits === '' ? null : `nid:${digits}`;
    }
    case 'passport':
    case 'unhcr':
    case 'other': {
      const compact = asciiUpper(value).replace(/[^A-Z0-9]/g, '');
      return compact === '' ? null : `${kind}:${compact}`;
    }
  }
}
