import { randomBytes } from 'node:crypto';

/**
 * Recovery keys are 160 random bits written as 32 Crockford base32 characters in eight groups
 * of four. Crockford's alphabet has no I, L, O or U, so a key copied by hand from paper reads
 * back unambiguously; parsing maps the look-alikes (O→0, I/L→1) and ignores case and separators.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 8;
const GROUP_LENGTH = 4;
const CHARS = GROUPS * GROUP_LENGTH;

export function generateRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let chars = '';
  for (let i = CHARS - 1; i >= 0; i--) chars += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  bytes.fill(0);
  return formatRecoveryKey(chars);
}

function formatRecoveryKey(chars: string): string {
  const groups: string[] = [];
  for (let i = 0; i < CHARS; i += GROUP_LENGTH) groups.push(chars.slice(i, i + GROUP_LENGTH));
  return groups.join('-');
}

/** Normalises what a person typed; returns null when it cannot be a recovery key. */
export function parseRecoveryKey(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[ILİ]/g, '1');
  if (cleaned.length !== CHARS) return null;
  for (const c of cleaned) if (!ALPHABET.includes(c)) return null;
  return formatRecoveryKey(cleaned);
}
