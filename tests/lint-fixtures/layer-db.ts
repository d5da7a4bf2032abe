// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from db, line 3 only a type.
import { thing } from '../db/connection';
import type { Thing } from '../db/connection';

export const used: [unknown, Thing | null] = [thing, null];
