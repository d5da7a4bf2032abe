import { turkishIdCheckDigits } from '../../shared/identity-numbers';
import type { Rng } from './prng';

/**
 * Fictional identity numbers that pass the real checks: the T.C./YKN checksum (see
 * shared/identity-numbers.ts), so the demo exercises the same validation as real input.
 * `used` keeps them unique across the demo: a shared number would make every conflict check
 * shout "same person".
 */
function withChecksum(firstNine: string): string {
  return `${firstNine}${turkishIdCheckDigits(firstNine)}`;
}

function unique(used: Set<string>, make: () => string): string {
  for (;;) {
    const value = make();
    if (!used.has(value)) {
      used.add(value);
      return value;
    }
  }
}

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');

/** A yabancı kimlik no: 99, seven digits, two check digits. */
export const foreignIdNumber = (rng: Rng, used: Set<string>) => unique(used, () => withChecksum(`99${digits(rng, 7)}`));

/** A T.C. kimlik no for the Turkish citizens in the demo; never 99/98, which are foreigners'. */
export const turkishIdNumber = (rng: Rng, used: Set<string>) =>
  unique(used, () => withChecksum(`${rng.int(10, 97)}${digits(rng, 7)}`));

export const passportNumber = (rng: Rng, used: Set<string>) =>
  unique(used, () => `${rng.pick(['N', 'P', 'K', 'A'])}${digits(rng, 8)}`);

/** The `123-12C12345` form UNHCR used for registrations before 2018. */
export const unhcrNumber = (rng: Rng, used: Set<string>) =>
  unique(used, () => `${rng.int(100, 999)}-${rng.int(12, 18)}C${digits(rng, 5)}`);
