import { randomBytes } from 'node:crypto';
import { lstat, open, rm, unlink } from 'node:fs/promises';
import { fsyncDir } from '../../storage/document-store';
import { vaultPaths, type VaultPaths } from '../../storage/vault-paths';
import { AppError } from '../../shared/errors';
import type { VaultService } from '../vault-service';

/**
 * The word the lawyer types to confirm a panic wipe. Fixed and language-independent so that a
 * slip of the hand (or a script) cannot trigger it; the UI shows it in both languages.
 */
export const PANIC_CONFIRMATION = 'WIPE';

/**
 * Overwrites a file with random bytes, fsyncs, then unlinks it. On SSDs and copy-on-write
 * filesystems the old blocks may survive the overwrite; what is left is the wrapped master key,
 * which still needs the passphrase or the recovery key. The overwrite is best effort on top.
 */
export async function shredFile(path: string): Promise<void> {
  const info = await lstat(path).catch(() => null);
  if (!info) return;
  // A link (or anything but a regular file) is removed, never overwritten through: what it
  // points at is not ours to destroy.
  if (!info.isFile()) return unlink(path);
  const handle = await open(path, 'r+');
  try {
    let offset = 0;
    while (offset < info.size) {
      const piece = randomBytes(Math.min(64 * 1024, info.size - offset));
      offset += (await handle.write(piece, 0, piece.length, offset)).bytesWritten;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  await unlink(path);
}

/**
 * Destroys a vault folder: the key slots first (without them nothing else can be decrypted,
 * even if removing the rest is interrupted), then everything else.
 */
export async function destroyVaultFolder(dir: string): Promise<void> {
  const paths = vaultPaths(dir);
  await shredFile(paths.keySlots);
  await fsyncDir(paths.dir);
  await rm(paths.dir, { recursive: true, force: true });
}

/**
 * Panic wipe: lock (keys zero-filled, database closed), then destroy the folder. Existing
 * backups still open with the passphrase or the recovery key; the UI says so before asking.
 */
export async function panicWipe(vault: VaultService, paths: VaultPaths, confirmation: string): Promise<void> {
  if (confirmation !== PANIC_CONFIRMATION) throw new AppError('VALIDATION', 'Invalid input', ['confirmation']);
  await vault.lock('user');
  await destroyVaultFolder(paths.dir);
}
