// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from crypto, line 3 only a type.
import { thing } from '../crypto/kdf';
import type { Thing } from '../crypto/kdf';

export const used: [unknown, Thing | null] = [thing, null];
