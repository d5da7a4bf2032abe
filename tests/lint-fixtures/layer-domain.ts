// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from domain, line 3 only a type.
import { thing } from '../domain/deadlines/compute';
import type { Thing } from '../domain/deadlines/compute';

export const used: [unknown, Thing | null] = [thing, null];
