// Linted at src-main/<layer>/fixture.ts: line 2 imports a value from ipc, line 3 only a type.
import { thing } from '../ipc/router';
import type { Thing } from '../ipc/router';

export const used: [unknown, Thing | null] = [thing, null];
