import { basename } from 'node:path';
import type { Handlers } from './router';
import type { ChannelInput, ChannelOutput } from '../shared/contract';
import { AppError } from '../shared/errors';
import type { VaultPaths } from '../storage/vault-paths';
import type { Clock } from '../services/clock';
import { dueForDeletion, panicWipe, purgeDue } from '../services/retention';
import { getSettings, updateSettings } from '../services/settings-service';
import type { VaultService } from '../services/vault-service';
import { backupVault, BACKUP_EXTENSION, describeFolder, restoreBackup, verifyBackup } from '../services/backup';
import type { JobStore } from '../services/backup/jobs';

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
  /** Drops purged people from the in-memory conflict index. */
  forget: (ids: readonly string[]) => void;
  /** Backup and verify jobs: the backend drops them on lock (they need the open vault). */
  backupJobs: JobStore<BackupJobResult>;
  /** Restore jobs: they run while locked, so they outlive a lock. */
  restoreJobs: JobStore<BackupJobResult>;
}

type BackupChannel =
  | 'backup:create'
  | 'backup:verify'
  | 'vault:restoreBackup'
  | 'cases:dueForDeletion'
  | 'cases:purgeDue'
  | 'vault:panicWipe'
  | 'backup:start'
  | 'backup:job'
  | 'backup:cancel'
  | 'vault:startRestore'
  | 'vault:restoreJob'
  | 'vault:cancelRestore'
  | 'backup:chooseAutoFolder'
  | 'backup:disableAuto';

/** The handlers behind shared/channels/backup.ts; handlers.ts spreads them into the router's. */
export function createBackupHandlers(deps: BackupHandlerDeps): Pick<Handlers, BackupChannel> {
  const { vault, paths, clock } = deps;
  const retention = () => ({ db: () => vault.db(), clock, documentsDir: paths.documents, forget: deps.forget });
  const suggestedName = () => `emanet-${new Date(clock.now()).toISOString().slice(0, 10)}${BACKUP_EXTENSION}`;
  // Read by the agenda's "last backup N days ago"; written only here, never by the renderer.
  const recordBackup = () => updateSettings(vault.db(), { lastBackupAt: new Date(clock.now()).toISOString() }, clock);

  /** Refuses (before any dialog) to restore over an open vault, or a full folder unconfirmed. */
  const checkRestoreTarget = async (replace: 'REPLACE' | undefined): Promise<void> => {
    if (vault.isUnlocked()) throw new AppError('FORBIDDEN', 'Lock the vault before restoring a backup');
    const existing = await describeFolder(paths.dir);
    if (existing && replace !== 'REPLACE')
      throw new AppError('VAULT_EXISTS', 'The vault folder is not empty', [
        `existing.isVault:${existing.isVault}`,
        `existing.files:${existing.files}`,
        `existing.bytes:${existing.bytes}`,
      ]);
  };

  const startCreate = async () => {
    const destination = await deps.saveDialog(suggestedName());
    if (destination === null) return { cancelled: true };
    const jobId = deps.backupJobs.start(async ({ signal, progress }) => {
      const onProgress = (p: { phase: 'snapshot' | 'copy' | 'done'; done: number; total: number }) =>
        progress(p.phase, p.done, p.total);
      const made = await backupVault(vault, paths, clock, destination, { signal, onProgress });
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
      const folder = await deps.openFolderDialog();
      if (folder === null) return { folder: (await getSettings(deps.vault.db())).autoBackupFolder };
      await updateSettings(deps.vault.db(), { autoBackupFolder: folder }, deps.clock);
      return { folder };
    },
    'backup:disableAuto': async () => {
      await updateSettings(deps.vault.db(), { autoBackupFolder: null }, deps.clock);
      return {};
    },
    'backup:create': async () => {
      const destination = await deps.saveDialog(suggestedName());
      if (destination === null) return { cancelled: true };
      const { bytes, documents, sha256 } = await backupVault(vault, paths, clock, destination);
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
        return { kind: 'restore' as const, documents: restored.documents, replaced: restored.replaced };
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
