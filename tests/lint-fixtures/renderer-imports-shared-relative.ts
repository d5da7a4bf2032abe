import { contract } from '../../../../src-main/shared/contract';

export const channels = Object.keys(contract);
