import type { Clock } from '../../services/clock';
import { getSettings, settingsView, updateSettings } from '../../services/settings-service';
import type { VaultService } from '../../services/vault-service';
import type { settingsChannels } from '../../shared/channels/settings';
import type { HandlersOf } from '../router';

export interface SettingsHandlerDeps {
  vault: VaultService;
  clock: Clock;
}

/** The handlers behind shared/channels/settings.ts. */
export function createSettingsHandlers({ vault, clock }: SettingsHandlerDeps): HandlersOf<typeof settingsChannels> {
  return {
    'settings:get': async () => settingsView(await getSettings(vault.db())),
    'settings:update': async (patch) => {
      const settings = await updateSettings(vault.db(), patch, clock);
      vault.setAutoLockMinutes(settings.autoLockMinutes);
      return settingsView(settings);
    },
  };
}
