// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from resources, line 3 only a type.
import { thing } from '../../resources/deadline-rules.json';
import type { Thing } from '../../resources/deadline-rules.json';

export const used: [unknown, Thing | null] = [thing, null];
