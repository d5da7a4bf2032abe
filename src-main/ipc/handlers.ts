import type { Clock } from '../services/clock';
import { readPreferences, writeLanguage } from '../services/preferences';
import { ratePassphrase } from '../services/passphrase-strength';
import { getSettings, updateSettings } from '../services/settings-service';
import type { VaultService } from '../services/vault-service';
import type { VaultPaths } from '../storage/vault-paths';
import type { Handlers } from './router';

export interface HandlerDeps {
  vault: VaultService;
  paths: VaultPaths;
  clock: Clock;
}

export function createHandlers({ vault, paths, clock }: HandlerDeps): Handlers {
  return {
    'vault:status': async () => ({
      exists: await vault.exists(),
      unlocked: vault.isUnlocked(),
      language: (await readPreferences(paths)).language,
    }),
    'vault:ratePassphrase': ({ passphrase }) => Promise.resolve(ratePassphrase(passphrase)),
    'vault:create': ({ passphrase }) => vault.create(passphrase),
    'vault:unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      return {};
    },
    'vault:unlockWithRecoveryKey': async ({ recoveryKey }) => {
      await vault.unlockWithRecoveryKey(recoveryKey);
      return {};
    },
    'vault:lock': async () => {
      await vault.lock('user');
      return {};
    },
    'vault:changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return {};
    },
    'vault:resetPassphrase': async ({ recoveryKey, next }) => {
      await vault.resetPassphrase(recoveryKey, next);
      return {};
    },
    'vault:setLanguage': async ({ language }) => {
      await writeLanguage(paths, language);
      return {};
    },
    'vault:activity': () => {
      vault.touch();
      return Promise.resolve({});
    },
    'settings:get': () => getSettings(vault.db()),
    'settings:update': async (patch) => {
      const settings = await updateSettings(vault.db(), patch, clock);
      vault.setAutoLockMinutes(settings.autoLockMinutes);
      return settings;
    },
  };
}
