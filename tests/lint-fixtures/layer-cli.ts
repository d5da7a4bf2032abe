// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from cli, line 3 only a type.
import { thing } from '../cli/io';
import type { Thing } from '../cli/io';

export const used: [unknown, Thing | null] = [thing, null];
