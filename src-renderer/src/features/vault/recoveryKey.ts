/**
 * The recovery key is 32 Crockford base32 characters shown in groups of four. The confirmation
 * step forgives exactly what the backend's parser forgives when the key is used to unlock
 * (src-main/crypto/recovery-key.ts): case, separators, O for 0, and I, L or Turkish İ/ı for 1.
 */
const GROUP_SIZE = 4;

export function normalizeKeyText(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[ILİ]/g, '1');
}

export function groupRecoveryKey(recoveryKey: string): string[] {
  const compact = normalizeKeyText(recoveryKey);
  const groups: string[] = [];
  for (let start = 0; start < compact.length; start += GROUP_SIZE)
    groups.push(compact.slice(start, start + GROUP_SIZE));
  return groups;
}

/** 1-based, as the lawyer counts on paper. */
export function pickGroupNumber(groupCount: number, random: () => number = Math.random): number {
  return Math.min(groupCount, Math.floor(random() * groupCount) + 1);
}

export function matchesGroup(groups: readonly string[], groupNumber: number, typed: string): boolean {
  const expected = groups[groupNumber - 1];
  return expected !== undefined && normalizeKeyText(typed) === expected;
}
