// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from renderer, line 3 only a type.
import { thing } from '../../src-renderer/src/api/client';
import type { Thing } from '../../src-renderer/src/api/client';

export const used: [unknown, Thing | null] = [thing, null];
