import type { ErrorCode } from '../shared/errors';

/** Exit codes shared by every CLI command (see README). */
export const EXIT = { ok: 0, failure: 1, usage: 2, locked: 3, invalid: 4, integrity: 5 } as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'WRONG_PASSPHRASE':
    case 'LOCKED':
      return EXIT.locked;
    case 'VALIDATION':
    case 'WEAK_PASSPHRASE':
      return EXIT.invalid;
    case 'INTEGRITY':
      return EXIT.integrity;
    default:
      return EXIT.failure;
  }
}
