import type { Handlers } from '../../ipc/router';
import { AppError } from '../../shared/errors';
import type { VaultPaths } from '../../storage/vault-paths';
import type { Clock } from '../clock';
import { dueForDeletion, panicWipe, purgeDue } from '../retention';
import type { VaultService } from '../vault-service';
import { backupVault, BACKUP_EXTENSION, describeFolder, restoreBackup, verifyBackup } from '.';

export interface BackupHandlerDeps {
  vault: VaultService;
  paths: VaultPaths;
  clock: Clock;
  /** Where to write a backup (platform save dialog); null when cancelled. */
  saveDialog: (suggestedName: string) => Promise<string | null>;
  /** Which backup to read (platform open dialog); null when cancelled. */
  openDialog: () => Promise<string | null>;
  /** Drops purged people from the in-memory conflict index. */
  forget: (ids: readonly string[]) => void;
}

type BackupChannel =
  | 'backup:create'
  | 'backup:verify'
  | 'vault:restoreBackup'
  | 'cases:dueForDeletion'
  | 'cases:purgeDue'
  | 'vault:panicWipe';

/** The handlers behind shared/channels/backup.ts; handlers.ts spreads them into the router's. */
export function createBackupHandlers(deps: BackupHandlerDeps): Pick<Handlers, BackupChannel> {
  const { vault, paths, clock } = deps;
  const retention = () => ({ db: () => vault.db(), clock, documentsDir: paths.documents, forget: deps.forget });
  return {
    'backup:create': async () => {
      const day = new Date(clock.now()).toISOString().slice(0, 10);
      const destination = await deps.saveDialog(`emanet-${day}${BACKUP_EXTENSION}`);
      if (destination === null) return { cancelled: true };
      const { bytes, documents, sha256 } = await backupVault(vault, paths, clock, destination);
      return { cancelled: false, bytes, documents, sha256 };
    },
    'backup:verify': async ({ secret }) => {
      const file = await deps.openDialog();
      if (file === null) return { cancelled: true };
      const { documents, createdAt } = await verifyBackup(file, secret);
      return { cancelled: false, documents, createdAt };
    },
    'vault:restoreBackup': async ({ secret, replace }) => {
      if (vault.isUnlocked()) throw new AppError('FORBIDDEN', 'Lock the vault before restoring a backup');
      const existing = await describeFolder(paths.dir);
      if (existing && replace !== 'REPLACE')
        throw new AppError('VAULT_EXISTS', 'The vault folder is not empty', [
          `existing.isVault:${existing.isVault}`,
          `existing.files:${existing.files}`,
          `existing.bytes:${existing.bytes}`,
        ]);
      const file = await deps.openDialog();
      if (file === null) return { cancelled: true };
      const result = await restoreBackup(file, secret, paths.dir, { replaceExisting: replace === 'REPLACE' });
      return { cancelled: false, documents: result.documents, replaced: result.replaced };
    },
    'cases:dueForDeletion': async () => ({ cases: await dueForDeletion(retention()) }),
    'cases:purgeDue': async () => {
      const { purged, documents } = await purgeDue(retention());
      return { purged: purged.length, documents };
    },
    'vault:panicWipe': async ({ confirmation }) => {
      await panicWipe(vault, paths, confirmation);
      return {};
    },
  };
}
