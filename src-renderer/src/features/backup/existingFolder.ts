import type { AppErrorShape } from '@shared/errors';

export interface ExistingFolder {
  isVault: boolean;
  files: number;
  bytes: number;
}

/**
 * The backend refuses to restore over a folder that is not empty (VAULT_EXISTS) and says in
 * `details` what is there (`existing.files:12`, …), so the confirmation can name what is lost.
 */
export function existingFolderOf(error: AppErrorShape | null): ExistingFolder | null {
  if (error?.code !== 'VAULT_EXISTS') return null;
  const value = (name: string): string | undefined =>
    error.details?.find((d) => d.startsWith(`existing.${name}:`))?.slice(`existing.${name}:`.length);
  const files = Number(value('files'));
  const bytes = Number(value('bytes'));
  if (!Number.isFinite(files) || !Number.isFinite(bytes)) return null;
  return { isVault: value('isVault') === 'true', files, bytes };
}
