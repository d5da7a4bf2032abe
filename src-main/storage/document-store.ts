import { randomBytes } from 'node:crypto';
import { vaultPaths } from './vault-paths';
import { createReadStream } from 'node:fs';
import { chmod, link, mkdir, open, readdir, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { decryptDocument, encryptDocument, type ByteSource, type EncryptResult } from '../crypto/document-stream';
import { DIR_MODE, FILE_MODE } from './vault-paths';

/**
 * Encrypted document files in `<vault>/documents/`. A document's file name is its file id in
 * hex: random, and checked against the header on every read, so a row can only ever open the
 * file it was written with. Temp files start with a dot and end in `.tmp`; they never match
 * DOCUMENT_NAME, so a crash mid-write cannot leave something that is read as a document.
 */
export const DOCUMENT_NAME = /^[0-9a-f]{32}$/;
const TEMP_NAME = /^\.[0-9a-f]{24}\.tmp$/;
/** Read-ahead per file: 256 KiB keeps AES-GCM in its fast range and memory flat. */
const READ_CHUNK = 256 * 1024;

export const documentsDir = (vaultDir: string): string => vaultPaths(vaultDir).documents;

export interface StoredFile extends EncryptResult {
  fileName: string;
}

function requireName(fileName: string): void {
  if (!DOCUMENT_NAME.test(fileName)) throw new RangeError('Not a document file name');
}

export function documentFilePath(dir: string, fileName: string): string {
  requireName(fileName);
  return join(dir, fileName);
}

async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  await chmod(dir, DIR_MODE);
}

export async function fsyncDir(dir: string): Promise<void> {
  // Some filesystems refuse fsync on a folder; the rename already happened, so that is not fatal.
  const handle = await open(dir, 'r').catch(() => null);
  if (handle === null) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
}

/**
 * Writes `source` to a temp file through `produce`, fsyncs, then publishes it with `publish`
 * (rename or no-clobber link) and fsyncs the folder. Any failure or abort removes the temp file.
 */
export async function writeThroughTemp(
  dir: string,
  produce: AsyncIterable<Buffer>,
  publish: (temp: string) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const temp = join(dir, `.${randomBytes(12).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', FILE_MODE);
  try {
    try {
      for await (const piece of produce) {
        signal?.throwIfAborted();
        await writeAll(handle, piece);
      }
      signal?.throwIfAborted();
      await handle.sync();
    } finally {
      await handle.close();
    }
    await publish(temp);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir);
}

/** Encrypts `source` into a new document file; returns its name, size and plaintext SHA-256. */
export async function writeDocument(
  dir: string,
  source: ByteSource,
  key: Buffer,
  options: { chunkSize?: number; signal?: AbortSignal } = {},
): Promise<StoredFile> {
  await ensureDir(dir);
  const encryption = encryptDocument(source, key, options);
  const fileName = encryption.fileId.toString('hex');
  const target = join(dir, fileName);
  await writeThroughTemp(
    dir,
    encryption.output,
    async (temp) => {
      // link() refuses an existing name: a (practically impossible) id collision cannot clobber.
      await link(temp, target);
      await unlink(temp);
    },
    options.signal,
  );
  return { ...encryption.result(), fileName };
}

/** The authenticated plaintext of a document file, as a stream. */
export function readDocument(
  dir: string,
  fileName: string,
  key: Buffer,
  signal?: AbortSignal,
): AsyncGenerator<Buffer, void, undefined> {
  const path = documentFilePath(dir, fileName);
  const file = createReadStream(path, { highWaterMark: READ_CHUNK });
  return decryptDocument(file, key, { expectedFileId: Buffer.from(fileName, 'hex'), ...(signal ? { signal } : {}) });
}

/** Unlinks a document file; a file already gone is fine (a crash between row and file). */
export async function removeDocumentFile(dir: string, fileName: string): Promise<void> {
  try {
    await unlink(documentFilePath(dir, fileName));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fsyncDir(dir);
}

/**
 * Removes temp files and document files no row points to (a crash after the write but before
 * the row, or rows gone with a case emptied from the trash: their keys are already destroyed).
 * Files younger than `minAgeMs` are left alone: they may belong to a write still in progress
 * (say, a CLI `doc add` whose row is about to be committed).
 */
export async function sweepDocuments(
  dir: string,
  referenced: ReadonlySet<string>,
  options: { now: number; minAgeMs: number },
): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const stray = TEMP_NAME.test(name) || (DOCUMENT_NAME.test(name) && !referenced.has(name));
    if (!stray) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info || options.now - info.mtimeMs < options.minAgeMs) continue;
    await unlink(join(dir, name)).catch(() => undefined);
    removed++;
  }
  if (removed > 0) await fsyncDir(dir);
  return removed;
}
