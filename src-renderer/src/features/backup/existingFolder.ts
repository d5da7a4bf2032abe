import type { AppErrorShape } from '@shared/errors';

export type ExistingFolder = { isVault: true } | { isVault: false; files: number; bytes: number };

/**
 * The backend refuses to restore over a folder that is not empty (VAULT_EXISTS) and says in
 * `details` what is there, so the confirmation can name what is lost: a vault (whose size it
 * does not reveal while locked), or so many other files (`existing.files:12`, …).
 */
export function existingFolderOf(error: AppErrorShape | null): ExistingFolder | null {
  if (error?.code !== 'VAULT_EXISTS') return null;
  const value = (name: string): string | undefined =>
    error.details?.find((d) => d.startsWith(`existing.${name}:`))?.slice(`existing.${name}:`.length);
  if (value('isVault') === 'true') return { isVault: true };
  const files = Number(value('files'));
  const bytes = Number(value('bytes'));
  if (!Number.isFinite(files) || !Number.isFinite(bytes)) return null;
  return { isVault: false, files, bytes };
}
