import type { Casefile } from '../../services/casefile';
import type { Services } from '../../services/create-services';
import type { DocumentService } from '../../services/documents';
import { ratePassphrase } from '../../services/passphrase-strength';
import { readPreferences, writeLanguage } from '../../services/preferences';
import type { VaultService } from '../../services/vault-service';
import type { vaultChannels } from '../../shared/channels/vault';
import type { VaultPaths } from '../../storage/vault-paths';
import type { HandlersOf } from '../router';

export interface VaultHandlerDeps {
  vault: VaultService;
  casefile: Casefile;
  documents: DocumentService;
  paths: VaultPaths;
  fillDemo: Services['fillDemo'];
}

/**
 * Debris of a crash (temp files, files whose row never committed, plaintext of an export cut
 * short) goes at unlock; a failure here must not fail the unlock itself.
 */
export const sweepDocuments = (documents: DocumentService): Promise<number> => documents.sweep().catch(() => 0);

/** The handlers behind shared/channels/vault.ts (all answered while locked). */
export function createVaultHandlers(deps: VaultHandlerDeps): HandlersOf<typeof vaultChannels> {
  const { vault, casefile, documents, paths } = deps;
  // After the sweep, PDF text still to be indexed (queued by an import before a lock, a crash or a restart).
  const afterUnlock = async () => {
    await sweepDocuments(documents);
    documents.texts.start();
    return {};
  };
  return {
    'vault:status': async () => ({
      exists: await vault.exists(),
      unlocked: vault.isUnlocked(),
      language: (await readPreferences(paths)).language,
      demo: await vault.isDemo().catch(() => false),
    }),
    'vault:ratePassphrase': ({ passphrase }) => Promise.resolve(ratePassphrase(passphrase)),
    'vault:create': ({ passphrase }) => vault.create(passphrase),
    'vault:unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      return afterUnlock();
    },
    'vault:unlockWithRecoveryKey': async ({ recoveryKey }) => {
      await vault.unlockWithRecoveryKey(recoveryKey);
      return afterUnlock();
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
    'vault:createDemo': async ({ clients }) => {
      await vault.createDemo();
      await deps.fillDemo(clients);
      return {};
    },
    'vault:discardDemo': async () => {
      await vault.discardDemo();
      casefile.conflicts.clear();
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
  };
}
