import { contract } from '../../../../src-main/shared/contract';
import type { Envelope } from '../../../../src-main/shared/errors';

export const channels = Object.keys(contract);
export type Result = Envelope<unknown>;
