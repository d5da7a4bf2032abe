// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from storage, line 3 only a type.
import { thing } from '../storage/vault-paths';
import type { Thing } from '../storage/vault-paths';

export const used: [unknown, Thing | null] = [thing, null];
