/** Builds a checksum-valid 11-digit number from its first nine digits (T.C. / YKN algorithm). */
export function withTurkishIdChecksum(firstNine: string): string {
  const d = Array.from(firstNine, Number);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    if (i % 2 === 0) odd += d[i] ?? 0;
    else even += d[i] ?? 0;
  }
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (odd + even + tenth) % 10;
  return `${firstNine}${tenth}${eleventh}`;
}

/** A valid foreigner ID (yabancı kimlik no) starting with 99. */
export const validForeignId = (seed = 1234567): string =>
  withTurkishIdChecksum(`99${String(seed).padStart(7, '0').slice(0, 7)}`);
