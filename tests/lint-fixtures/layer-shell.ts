// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from shell, line 3 only a type.
import { thing } from '../backend';
import type { Thing } from '../backend';

export const used: [unknown, Thing | null] = [thing, null];
