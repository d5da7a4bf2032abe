import { randomBytes } from 'node:crypto';
import { close, fsync, open, rename, unlink, write } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { promisify } from 'node:util';

const openAsync = promisify(open);
const writeAsync = promisify(write);
const fsyncAsync = promisify(fsync);
const closeAsync = promisify(close);
const renameAsync = promisify(rename);
const unlinkAsync = promisify(unlink);

/**
 * Writes a file so that a crash leaves either the old content or the new, never half of either:
 * temp file in the same folder (same filesystem, so rename is atomic), fsync, rename, fsync the
 * folder so the rename itself survives power loss.
 */
export async function writeFileAtomic(path: string, data: Buffer | string, mode = 0o600): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = await openAsync(temp, 'wx', mode);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += (await writeAsync(fd, bytes, offset, bytes.length - offset)).bytesWritten;
    await fsyncAsync(fd);
  } catch (error) {
    await closeAsync(fd).catch(() => undefined);
    await unlinkAsync(temp).catch(() => undefined);
    throw error;
  }
  await closeAsync(fd);
  try {
    await renameAsync(temp, path);
  } catch (error) {
    await unlinkAsync(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir);
}

async function fsyncDir(dir: string): Promise<void> {
  // Some filesystems refuse fsync on a directory; the rename already happened, so that is not fatal.
  const fd = await openAsync(dir, 'r').catch(() => null);
  if (fd === null) return;
  await fsyncAsync(fd).catch(() => undefined);
  await closeAsync(fd).catch(() => undefined);
}
