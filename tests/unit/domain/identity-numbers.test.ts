import { describe, expect, it } from 'vitest';
import {
  hasValidTurkishIdChecksum,
  normalizeIdentityNumber,
  validateIdentityNumber,
} from '../../../src-main/domain/people/identity-numbers';

/** The T.C. kimlik no algorithm, written out independently of the implementation. */
function withCheckDigits(first9: string): string {
  const d = [...first9].map(Number);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return `${first9}${d10}${d11}`;
}

/** Deterministic pseudo-random 9-digit stems with a given prefix. */
function stems(prefix: string, count: number): string[] {
  let s = 12345;
  return Array.from({ length: count }, () => {
    let stem = prefix;
    while (stem.length < 9) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      stem += String(s % 10);
    }
    return stem;
  });
}

describe('T.C. kimlik no checksum', () => {
  it.each(['10000000146', '11111111110', '22222222220', '12345678950'])('accepts the known-valid %s', (n) => {
    expect(hasValidTurkishIdChecksum(n)).toBe(true);
    expect(validateIdentityNumber('turkish-id', n)).toEqual({ ok: true, value: n });
  });

  it('accepts numbers generated with the algorithm', () => {
    for (const stem of stems('1', 200)) expect(hasValidTurkishIdChecksum(withCheckDigits(stem))).toBe(true);
  });

  it('refuses every single-digit change of a valid number', () => {
    const valid = withCheckDigits('123456789');
    for (let i = 0; i < 11; i++) {
      const digit = Number(valid[i]);
      const changed = `${valid.slice(0, i)}${(digit + 1) % 10}${valid.slice(i + 1)}`;
      expect(hasValidTurkishIdChecksum(changed)).toBe(false);
    }
  });

  it.each([
    ['10000000147', 'identity.badChecksum'],
    ['12345678901', 'identity.badChecksum'],
    ['1000000014', 'identity.badFormat'],
    ['100000001466', 'identity.badFormat'],
    ['01234567890', 'identity.badFormat'],
    ['1000000014a', 'identity.badFormat'],
    ['', 'identity.empty'],
  ])('refuses %s with %s', (n, code) => {
    expect(validateIdentityNumber('turkish-id', n)).toEqual({ ok: false, code });
  });
});

describe('foreign and temporary-protection ID numbers (99…)', () => {
  it('accepts generated 99-prefixed numbers for both kinds', () => {
    for (const stem of stems('99', 100)) {
      const n = withCheckDigits(stem);
      expect(validateIdentityNumber('foreign-id', n)).toEqual({ ok: true, value: n });
      expect(validateIdentityNumber('temporary-protection-id', n)).toEqual({ ok: true, value: n });
    }
  });

  it('accepts spaces and separators and stores digits only', () => {
    const n = withCheckDigits('991234567');
    const spaced = `${n.slice(0, 3)} ${n.slice(3, 6)}-${n.slice(6)}`;
    expect(validateIdentityNumber('foreign-id', spaced)).toEqual({ ok: true, value: n });
  });

  it('refuses a bad checksum with the code the UI translates', () => {
    const n = withCheckDigits('991234567');
    const bad = `${n.slice(0, 10)}${(Number(n[10]) + 1) % 10}`;
    expect(validateIdentityNumber('foreign-id', bad)).toEqual({ ok: false, code: 'identity.badChecksum' });
  });

  it('refuses a valid T.C. number as a foreign ID (wrong prefix)', () => {
    expect(validateIdentityNumber('foreign-id', '10000000146')).toEqual({ ok: false, code: 'identity.badPrefix' });
  });

  it('accepts the 98 series for temporary protection only', () => {
    const n = withCheckDigits('981234567');
    expect(validateIdentityNumber('temporary-protection-id', n).ok).toBe(true);
    expect(validateIdentityNumber('foreign-id', n)).toEqual({ ok: false, code: 'identity.badPrefix' });
  });
});

describe('passport and UNHCR numbers', () => {
  it.each([
    ['passport', ' n 1234 5678 ', 'N12345678'],
    ['passport', 'ab-123456', 'AB123456'],
    ['passport', 'ıd123456', 'ID123456'],
    ['unhcr', '123-12c12345', '123-12C12345'],
    ['unhcr', ' 123–12C12345 ', '123-12C12345'],
    ['unhcr', '456-00012345', '456-00012345'],
  ] as const)('%s %s → %s', (kind, value, expected) => {
    expect(validateIdentityNumber(kind, value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['passport', 'N1'],
    ['passport', 'N1234/5678'],
    ['unhcr', 'ABC-DEF'],
    ['unhcr', '123--456789'],
  ] as const)('refuses %s %s', (kind, value) => {
    expect(validateIdentityNumber(kind, value)).toEqual({ ok: false, code: 'identity.badFormat' });
  });
});

describe('normalizeIdentityNumber', () => {
  it('puts the three 11-digit kinds in one key space', () => {
    const n = withCheckDigits('991234567');
    const key = normalizeIdentityNumber('foreign-id', n);
    expect(normalizeIdentityNumber('temporary-protection-id', `${n.slice(0, 5)} ${n.slice(5)}`)).toBe(key);
    expect(normalizeIdentityNumber('turkish-id', n)).toBe(key);
  });

  it('ignores separators and case, but keeps passports and UNHCR numbers apart', () => {
    expect(normalizeIdentityNumber('unhcr', '123-12c12345')).toBe(normalizeIdentityNumber('unhcr', '12312C12345'));
    expect(normalizeIdentityNumber('passport', 'n 123 456')).toBe('passport:N123456');
    expect(normalizeIdentityNumber('passport', 'N123456')).not.toBe(normalizeIdentityNumber('unhcr', 'N123456'));
    expect(normalizeIdentityNumber('passport', ' - ')).toBeNull();
  });
});
