import { describe, expect, it } from 'vitest';
import { generateRecoveryKey, parseRecoveryKey } from '../../src-main/crypto/recovery-key';

describe('recovery key', () => {
  it('is eight groups of four unambiguous characters and differs each time', () => {
    const keys = new Set(Array.from({ length: 50 }, generateRecoveryKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('forgives case, spaces, look-alike letters and Turkish keyboard capitals when typed back', () => {
    const key = generateRecoveryKey();
    expect(parseRecoveryKey(key.toLowerCase().replaceAll('-', ' '))).toBe(key);
    expect(parseRecoveryKey('0000-1111-2222-3333-4444-5555-6666-7777'.replaceAll('0', 'O').replaceAll('1', 'İ'))).toBe(
      '0000-1111-2222-3333-4444-5555-6666-7777',
    );
  });

  it('rejects what cannot be a key', () => {
    expect(parseRecoveryKey('')).toBeNull();
    expect(parseRecoveryKey('ABCD-EFGH')).toBeNull();
    expect(parseRecoveryKey('UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU-UUUU')).toBeNull();
  });
});
