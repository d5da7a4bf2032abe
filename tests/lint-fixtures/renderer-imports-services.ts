import { unlockVault } from '../../../../src-main/services/vault';

export const unlock = unlockVault;
