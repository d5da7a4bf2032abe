import type { ParseKeys } from 'i18next';
import type { AppErrorShape, ErrorCode } from '@shared/errors';

/**
 * What a failed backup, verify or restore means to the lawyer. INTEGRITY here is the backup
 * file's damage, not the vault's (the generic message would tell them to restore from a backup);
 * disk-full and permission failures come as reason codes in `details`.
 */
export function backupErrorOverrides(
  error: AppErrorShape | null,
  secretKind: 'passphrase' | 'recovery' = 'passphrase',
): Partial<Record<ErrorCode, ParseKeys>> {
  const details = error?.details ?? [];
  const overrides: Partial<Record<ErrorCode, ParseKeys>> = { INTEGRITY: 'backup.damaged' };
  if (details.includes('backup.noSpace')) overrides.INTERNAL = 'backup.noSpace';
  if (details.includes('backup.noPermission')) overrides.FORBIDDEN = 'backup.noPermission';
  if (details.includes('backup.tooManyDocuments')) overrides.CONFLICT = 'backup.tooManyDocuments';
  if (secretKind === 'recovery') {
    overrides.WRONG_PASSPHRASE = 'backup.wrongRecoveryKey';
    overrides.VALIDATION = 'backup.wrongRecoveryKey';
  }
  return overrides;
}
