import { basename } from 'node:path';
import type { HandlersOf } from '../router';
import type { backupChannels } from '../../shared/channels/backup';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { VaultPaths } from '../../storage/vault-paths';
import type { Clock } from '../../services/clock';
import { dueForDeletion, panicWipe, purgeDue, type RetentionDeps } from '../../services/retention';
import { folderDisplayName, getSettings, updateSettings } from '../../services/settings-service';
import type { VaultService } from '../../services/vault-service';
import {
  backupVault,
  BACKUP_EXTENSION,
  describeFolder,
  restoreBackup,
  verifyBackup,
  type ExistingFolder,
} from '../../services/backup';
import { countForeignFiles } from '../../services/backup/auto-backup';
import type { JobStore } from '../../services/backup/jobs';

/** What a finished backup, verify or restore job hands back to the renderer. */
export type BackupJobResult = NonNullable<ChannelOutput<'backup:job'>['result']>;

export interface BackupHandlerDeps {
  vault: VaultService;
  paths: VaultPaths;
  clock: Clock;
  /** Where to write a backup (platform save dialog); null when cancelled. */
  saveDialog: (suggestedName: string) => Promise<string | null>;
  /** Which backup to read (platform open dialog); null when cancelled. */
  openDialog: () => Promise<string | null>;
  /** Where automatic backups go (platform folder dialog); null when cancelled. */
  openFolderDialog: () => Promise<string | null>;
  /** Retention's dependencies (purged people leave the conflict index). */
  retention: RetentionDeps;
  /** Backup and verify jobs: the backend drops them on lock (they need the open vault). */
  backupJobs: JobStore<BackupJobResult>;
  /** Restore jobs: they run while locked, so they outlive a lock. */
  restoreJobs: JobStore<BackupJobResult>;
}

/**
 * A locked vault's file count and size tell whoever sits at the lock screen how much it holds
 * (roughly how many documents): the renderer hears only that a vault is there. Other files
 * (a language preference left behind) are counted, so the lawyer knows what goes.
 */
function withoutVaultSize(folder: ExistingFolder): { isVault: true } | ExistingFolder {
  return folder.isVault ? { isVault: true } : folder;
}

/** The handlers behind shared/channels/backup.ts: backups, restore (locked), retention, the panic wipe. */
export function createBackupHandlers(deps: BackupHandlerDeps): HandlersOf<typeof backupChannels> {
  const { vault, paths, clock } = deps;
  const suggestedName = () => `emanet-${new Date(clock.now()).toISOString().slice(0, 10)}${BACKUP_EXTENSION}`;
  // Read by the agenda's "last backup N days ago"; written only here, never by the renderer.
  const recordBackup = () => updateSettings(vault.db(), { lastBackupAt: new Date(clock.now()).toISOString() }, clock);

  /** Refuses (before any dialog) to restore over an open vault, or a full folder unconfirmed. */
  const checkRestoreTarget = async (replace: 'REPLACE' | undefined): Promise<void> => {
    if (vault.isUnlocked()) throw new AppError('FORBIDDEN', 'Lock the vault before restoring a backup');
    const existing = await describeFolder(paths.dir);
    if (existing && replace !== 'REPLACE') {
      const told = withoutVaultSize(existing);
      throw new AppError('VAULT_EXISTS', 'The vault folder is not empty', [
        `existing.isVault:${told.isVault}`,
        ...(told.isVault ? [] : [`existing.files:${told.files}`, `existing.bytes:${told.bytes}`]),
      ]);
    }
  };

  const startCreate = async () => {
    const destination = await deps.saveDialog(suggestedName());
    if (destination === null) return { cancelled: true };
    const jobId = deps.backupJobs.start(async ({ signal, progress }) => {
      const onProgress = (p: { phase: 'snapshot' | 'copy' | 'verify' | 'done'; done: number; total: number }) =>
        progress(p.phase, p.done, p.total);
      // The save dialog asked before replacing an existing file.
      const made = await backupVault(vault, paths, clock, destination, { signal, onProgress, replace: true });
      await recordBackup();
      const { bytes, documents, sha256 } = made;
      return { kind: 'create' as const, fileName: basename(made.file), bytes, documents, sha256 };
    });
    return { cancelled: false, jobId };
  };

  const startVerify = async (secret: ChannelInput<'backup:verify'>['secret']) => {
    const file = await deps.openDialog();
    if (file === null) return { cancelled: true };
    const jobId = deps.backupJobs.start(async ({ signal, progress }) => {
      progress('verify', 0, 0);
      const onProgress = (p: { done: number; total: number }) => progress('verify', p.done, p.total);
      const { documents, createdAt, bytes } = await verifyBackup(file, secret, { signal, onProgress });
      return { kind: 'verify' as const, documents, createdAt, bytes };
    });
    return { cancelled: false, jobId };
  };

  return {
    'backup:chooseAutoFolder': async () => {
      const db = deps.vault.db();
      const chosen = await deps.openFolderDialog();
      const folder = chosen ?? (await getSettings(db)).autoBackupFolder;
      // Look-alikes are counted at once, so the lawyer hears about them before the first lock.
      const foreignFiles = folder === null ? 0 : await countForeignFiles(db, folder);
      await updateSettings(db, { autoBackupFolder: folder, autoBackupForeignFiles: foreignFiles }, deps.clock);
      return { folder: folder === null ? null : folderDisplayName(folder), foreignFiles };
    },
    'backup:disableAuto': async () => {
      await updateSettings(deps.vault.db(), { autoBackupFolder: null, autoBackupForeignFiles: 0 }, deps.clock);
      return {};
    },
    'backup:create': async () => {
      const destination = await deps.saveDialog(suggestedName());
      if (destination === null) return { cancelled: true };
      const { bytes, documents, sha256 } = await backupVault(vault, paths, clock, destination, { replace: true });
      await recordBackup();
      return { cancelled: false, bytes, documents, sha256 };
    },
    'backup:start': (input) => (input.action === 'create' ? startCreate() : startVerify(input.secret)),
    'backup:job': ({ jobId }) => Promise.resolve(deps.backupJobs.get(jobId)),
    'backup:cancel': ({ jobId }) => {
      deps.backupJobs.cancel(jobId);
      return Promise.resolve({});
    },
    'vault:startRestore': async ({ secret, replace }) => {
      await checkRestoreTarget(replace);
      const file = await deps.openDialog();
      if (file === null) return { cancelled: true };
      const jobId = deps.restoreJobs.start(async ({ signal, progress }) => {
        progress('verify', 0, 0);
        const onProgress = (p: { done: number; total: number }) => progress('verify', p.done, p.total);
        const restored = await restoreBackup(file, secret, paths.dir, {
          replaceExisting: replace === 'REPLACE',
          signal,
          onProgress,
        });
        const replaced = restored.replaced ? withoutVaultSize(restored.replaced) : null;
        return { kind: 'restore' as const, documents: restored.documents, replaced };
      });
      return { cancelled: false, jobId };
    },
    'vault:restoreJob': ({ jobId }) => Promise.resolve(deps.restoreJobs.get(jobId)),
    'vault:cancelRestore': ({ jobId }) => {
      deps.restoreJobs.cancel(jobId);
      return Promise.resolve({});
    },
    'backup:verify': async ({ secret }) => {
      const file = await deps.openDialog();
      if (file === null) return { cancelled: true };
      const { documents, createdAt } = await verifyBackup(file, secret);
      return { cancelled: false, documents, createdAt };
    },
    'vault:restoreBackup': async ({ secret, replace }) => {
      await checkRestoreTarget(replace);
      const file = await deps.openDialog();
      if (file === null) return { cancelled: true };
      const result = await restoreBackup(file, secret, paths.dir, { replaceExisting: replace === 'REPLACE' });
      const replaced = result.replaced ? withoutVaultSize(result.replaced) : null;
      return { cancelled: false, documents: result.documents, replaced };
    },
    'cases:dueForDeletion': async () => ({ cases: await dueForDeletion(deps.retention) }),
    'cases:purgeDue': async () => {
      const { purged, documents } = await purgeDue(deps.retention);
      return { purged: purged.length, documents };
    },
    'vault:panicWipe': async ({ confirmation }) => {
      await panicWipe(vault, paths, confirmation);
      return {};
    },
  };
}
