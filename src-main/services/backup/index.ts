import type { VaultPaths } from '../../storage/vault-paths';
import type { Clock } from '../clock';
import type { VaultService } from '../vault-service';
import { createBackup, type BackupOptions, type BackupResult } from './create-backup';

export { createBackup, type BackupOptions, type BackupProgress, type BackupResult } from './create-backup';
export { BACKUP_EXTENSION, BackupIntegrityError } from './format';
export { describeFolder, restoreBackup, type ExistingFolder, type RestoreResult } from './restore-backup';
export { verifyBackup, type BackupSecret, type VerifyResult } from './verify-backup';

/**
 * Backs up the unlocked vault. The manifest key is derived for this backup only and wiped
 * afterwards; the database key is the vault's own (borrowed, not copied).
 */
export async function backupVault(
  vault: VaultService,
  paths: VaultPaths,
  clock: Clock,
  outFile: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const key = vault.deriveKey('backup-manifest');
  try {
    return await createBackup(
      { paths, db: vault.db(), databaseKey: vault.borrowDatabaseKey(), manifestKey: key, now: new Date(clock.now()) },
      outFile,
      options,
    );
  } finally {
    key.fill(0);
  }
}
