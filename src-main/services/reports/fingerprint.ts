import { createHash } from 'node:crypto';
import { FINGERPRINT_WORDS } from './word-list';

/** Words per fingerprint: 8 words × 8 bits = 64 bits, enough against a forged look-alike key. */
export const FINGERPRINT_WORD_COUNT = 8;

/**
 * SHA-256 over a purpose label and the fields, in hex: what registers store and compare. 'org'
 * and 'lawyer' cover public keys; 'org-key-file' covers the organisation's keys with k and serial.
 */
export function fingerprintHex(
  purpose: 'org' | 'lawyer' | 'org-key-file' | 'handover',
  fields: readonly string[],
): string {
  return createHash('sha256')
    .update(`emanet/${purpose}-fingerprint/v1\n${fields.join('\n')}`)
    .digest('hex');
}

/** The first bytes of a hex fingerprint as words, for people to compare aloud. */
export function fingerprintWords(hex: string): string {
  const bytes = Buffer.from(hex, 'hex').subarray(0, FINGERPRINT_WORD_COUNT);
  return [...bytes].map((b) => FINGERPRINT_WORDS[b]!).join(' ');
}
