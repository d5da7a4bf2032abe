import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { fsyncDir } from '../../storage/document-store';
import { DIR_MODE, FILE_MODE, vaultPaths } from '../../storage/vault-paths';
import { destroyVaultFolder } from '../retention/panic-wipe';
import { checkBackup, extractEntry, type BackupSecret, type VerifyProgress } from './verify-backup';

/** What is already in the target folder: the confirmation names it before it is destroyed. */
export interface ExistingFolder {
  isVault: boolean;
  files: number;
  bytes: number;
}

export interface RestoreResult {
  vault: string;
  vaultId: string;
  documents: number;
  /** What was destroyed to make room (only with `replaceExisting`), else null. */
  replaced: ExistingFolder | null;
}

/**
 * A restore target that is a symbolic link is refused: replacing it would destroy whatever the
 * link points at (its key file shredded through the link) while describing the link itself.
 * The lawyer names the real folder instead.
 */
export async function refuseLinkedTarget(dir: string): Promise<void> {
  const info = await lstat(dir).catch(() => null);
  if (info?.isSymbolicLink())
    throw new AppError('FORBIDDEN', 'The target folder is a symbolic link', ['restore.targetIsLink']);
}

/**
 * Null when the folder does not exist or is empty: nothing would be lost. Links inside are
 * counted as what they are (a link), never followed to what they point at.
 */
export async function describeFolder(dir: string): Promise<ExistingFolder | null> {
  await refuseLinkedTarget(dir);
  const names = await readdir(dir).catch(() => null);
  if (!names || names.length === 0) return null;
  let files = 0;
  let bytes = 0;
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        files++;
        bytes += (await lstat(path)).size;
      }
    }
  };
  await walk(dir);
  const isVault = (await stat(vaultPaths(dir).keySlots).catch(() => null)) !== null;
  return { isVault, files, bytes };
}

async function writeNew(path: string, bytes: Buffer): Promise<void> {
  const handle = await open(path, 'wx', FILE_MODE);
  try {
    await handle.write(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Restores a backup into a folder: the whole backup is verified while it is unpacked into a temp
 * sibling folder (same filesystem), and only a complete, verified folder is renamed into place.
 * A folder that is not empty is refused unless `replaceExisting` (the caller has shown the lawyer
 * `describeFolder` and got a confirmation); even then it is swapped out only after the new vault
 * is complete, and put back if the swap fails. Any failure leaves the target as it was.
 */
export async function restoreBackup(
  file: string,
  secret: BackupSecret,
  targetDir: string,
  options: { replaceExisting?: boolean; signal?: AbortSignal; onProgress?: (p: VerifyProgress) => void } = {},
): Promise<RestoreResult> {
  const target = resolve(targetDir);
  const parent = dirname(target);
  await refuseLinkedTarget(target);
  const existing = await describeFolder(target);
  if (existing && !options.replaceExisting)
    throw new AppError('VAULT_EXISTS', 'The target folder is not empty', ['restore.targetNotEmpty']);
  await mkdir(parent, { recursive: true, mode: DIR_MODE });
  const stem = `.${basename(target)}.${randomBytes(6).toString('hex')}`;
  const staging = join(parent, `${stem}.restore`);
  await mkdir(staging, { mode: DIR_MODE });
  try {
    const paths = vaultPaths(staging);
    const checked = await checkBackup(file, secret, { ...options, databaseCopy: paths.database });
    await writeNew(paths.keySlots, checked.index.keys);
    await mkdir(paths.documents, { mode: DIR_MODE });
    for (const entry of checked.index.entries) {
      options.signal?.throwIfAborted();
      if (entry.kind === 'document') await extractEntry(file, entry, join(paths.documents, entry.name), options.signal);
    }
    await fsyncDir(paths.documents);
    await fsyncDir(staging);
    // Checked again: the folder may have been filled while we verified.
    const now = await describeFolder(target);
    if (now && !options.replaceExisting)
      throw new AppError('VAULT_EXISTS', 'The target folder is not empty', ['restore.targetNotEmpty']);
    await publish(staging, target, now !== null, stem);
    await fsyncDir(parent);
    return { vault: target, vaultId: checked.vaultId, documents: checked.documents, replaced: now };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function publish(staging: string, target: string, replacing: boolean, stem: string): Promise<void> {
  if (!replacing) {
    // An empty folder (made by the lawyer for the restore) makes way; rename cannot replace it.
    await rmdir(target).catch(() => undefined);
    await rename(staging, target);
    return;
  }
  const aside = join(dirname(target), `${stem}.replaced`);
  await rename(target, aside);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(aside, target);
    throw error;
  }
  await destroyVaultFolder(aside);
}
