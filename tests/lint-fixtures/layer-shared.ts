// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from shared, line 3 only a type.
import { thing } from '../shared/errors';
import type { Thing } from '../shared/errors';

export const used: [unknown, Thing | null] = [thing, null];
