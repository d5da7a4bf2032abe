// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from types, line 3 only a type.
import { thing } from '../types/better-sqlite3-multiple-ciphers';
import type { Thing } from '../types/better-sqlite3-multiple-ciphers';

export const used: [unknown, Thing | null] = [thing, null];
