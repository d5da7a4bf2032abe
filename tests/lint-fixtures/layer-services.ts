// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from services, line 3 only a type.
import { thing } from '../services/clock';
import type { Thing } from '../services/clock';

export const used: [unknown, Thing | null] = [thing, null];
