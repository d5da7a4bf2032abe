import { contract } from '@shared/contract';
import type { Envelope } from '@shared/errors';

export const channels = Object.keys(contract);
export type Result = Envelope<unknown>;
