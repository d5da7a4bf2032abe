import { randomBytes } from 'node:crypto';
import { vaultPaths } from './vault-paths';
import { chmod, link, mkdir, open, readdir, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordReader } from '../crypto/byte-reader';
import { releaseBuffer } from '../crypto/buffers';
import {
  decryptRecords,
  encryptDocument,
  type ByteSource,
  type EncryptOptions,
  type EncryptResult,
  type PlaintextReader,
} from '../crypto/document-stream';
import { DIR_MODE, FILE_MODE } from './vault-paths';

/**
 * Encrypted document files in `<vault>/documents/`. A document's file name is its file id in
 * hex: random, and checked against the header on every read, so a row can only ever open the
 * file it was written with. Temp files start with a dot and end in `.tmp`; they never match
 * DOCUMENT_NAME, so a crash mid-write cannot leave something that is read as a document.
 */
export const DOCUMENT_NAME = /^[0-9a-f]{32}$/;
export const TEMP_NAME = /^\.[0-9a-f]{24}\.tmp$/;
/**
 * Writes go out in writev batches of about this size, two in flight on libuv's thread pool
 * while this thread encrypts or decrypts the next chunks. Few system calls, yet the data is
 * still in the CPU cache when the kernel copies it: 4 MiB batches were slower here, the
 * copy into the page cache then reading cold memory (issue 18).
 */
const WRITE_BATCH_BYTES = 1024 * 1024;
const WRITES_IN_FLIGHT = 2;
/** Below the usual IOV_MAX (1024), so one batch is one writev even with tiny test chunks. */
const WRITE_BATCH_PIECES = 512;
/**
 * Every this many bytes written, an fdatasync starts on the thread pool (one at a time, not
 * awaited): the disk writes the file back while the rest is still being encrypted, instead of
 * all of it in the final fsync. Nothing is published before that final fsync; this only moves
 * the disk's work earlier (the final fsync of 256 MiB took 150–250 ms here, about the time the
 * encryption leaves the disk idle).
 */
const WRITEBACK_EVERY_BYTES = 32 * 1024 * 1024;

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

/** writev at `position` until every byte is written (a write may be partial). */
async function writevAt(handle: FileHandle, buffers: Buffer[], position: number): Promise<void> {
  let list = buffers;
  let at = position;
  while (list.length > 0) {
    let { bytesWritten } = await handle.writev(list, at);
    at += bytesWritten;
    let done = 0;
    while (done < list.length && bytesWritten >= list[done]!.length) bytesWritten -= list[done++]!.length;
    list = list.slice(done);
    if (bytesWritten > 0) list[0] = list[0]!.subarray(bytesWritten);
  }
}

/**
 * Writes every piece of `produce` in order, in writev batches at explicit offsets, with a few
 * batches in flight on the thread pool while the next ones are produced. The pieces are the
 * writer's own (cipher output): each is released once written (buffers.ts), so its memory is
 * reused for the next chunk instead of waiting for the GC. `wipe` zero-fills each piece first
 * (the pieces are plaintext).
 */
async function writeBatched(
  handle: FileHandle,
  produce: AsyncIterable<Buffer>,
  options: { signal?: AbortSignal; wipe?: boolean },
): Promise<void> {
  let batch: Buffer[] = [];
  let bytes = 0;
  let position = 0;
  const inFlight = new Set<Promise<void>>();
  // In an object: the closures below set it, which TypeScript's narrowing would not see.
  const writeback: { syncing: Promise<void> | null; at: number } = { syncing: null, at: 0 };
  const startWriteback = () => {
    if (writeback.syncing !== null || position - writeback.at < WRITEBACK_EVERY_BYTES) return;
    writeback.at = position;
    const syncing = handle.datasync().finally(() => {
      if (writeback.syncing === syncing) writeback.syncing = null;
    });
    // A failure is not lost: the final fsync reports the same error (or the await below does).
    syncing.catch(() => undefined);
    writeback.syncing = syncing;
  };
  const flush = async () => {
    const pieces = batch;
    const at = position;
    position += bytes;
    batch = [];
    bytes = 0;
    // A failed write rejects the race: the error surfaces here, before more is produced.
    while (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
    const write = writevAt(handle, pieces, at).finally(() => {
      inFlight.delete(write);
      for (const piece of pieces) {
        if (options.wipe) piece.fill(0);
        releaseBuffer(piece);
      }
    });
    inFlight.add(write);
    // Awaited by a later flush or at the end; this only keeps an early failure from being unhandled.
    write.catch(() => undefined);
    startWriteback();
  };
  try {
    for await (const piece of produce) {
      options.signal?.throwIfAborted();
      if (piece.length === 0) continue;
      batch.push(piece);
      bytes += piece.length;
      if (bytes >= WRITE_BATCH_BYTES || batch.length >= WRITE_BATCH_PIECES) await flush();
    }
    options.signal?.throwIfAborted();
    if (batch.length > 0) await flush();
    await Promise.all(inFlight);
    await writeback.syncing;
  } finally {
    // Never close the file under a write or a sync still running.
    await Promise.allSettled([...inFlight, ...(writeback.syncing ? [writeback.syncing] : [])]);
    for (const piece of batch) {
      if (options.wipe) piece.fill(0);
      releaseBuffer(piece);
    }
  }
}

export interface TempWriteOptions {
  signal?: AbortSignal;
  /** Zero-fill each piece once written (the pieces are plaintext). */
  wipe?: boolean;
  /**
   * Called with the temp file's path before it is created, so a caller can record it (pending
   * exports are swept on the next unlock if this process dies half-way).
   */
  beforeCreate?: (temp: string) => Promise<void>;
}

/**
 * Writes `source` to a temp file through `produce`, fsyncs, then publishes it with `publish`
 * (rename or no-clobber link) and fsyncs the folder. Any failure or abort removes the temp file.
 * There is one fsync, at the end: the file is not visible under its name before then.
 */
export async function writeThroughTemp(
  dir: string,
  produce: AsyncIterable<Buffer>,
  publish: (temp: string) => Promise<void>,
  options: TempWriteOptions = {},
): Promise<void> {
  const temp = join(dir, `.${randomBytes(12).toString('hex')}.tmp`);
  await options.beforeCreate?.(temp);
  const handle = await open(temp, 'wx', FILE_MODE);
  try {
    try {
      await writeBatched(handle, produce, options);
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

/** Fills chunk buffers straight from an open file: no intermediate stream buffers, no copies. */
export function fileFiller(handle: FileHandle): PlaintextReader {
  return {
    async readInto(into) {
      let filled = 0;
      while (filled < into.length) {
        const { bytesRead } = await handle.read(into, filled, into.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled;
    },
  };
}

/**
 * Reads a document file by position for the decryptor, one record ahead: while a chunk is
 * authenticated on this thread, the next record is read on the thread pool into a second buffer.
 * "Is this the last chunk?" is answered by the file (a probe for one more byte), as FORMAT.md says.
 */
class FileRecordReader implements RecordReader {
  private position = 0;
  private recordSize = 0;
  private ahead: Promise<Buffer> | null = null;
  private readonly spare: Buffer[] = [];

  constructor(
    private readonly handle: FileHandle,
    private readonly size: number,
  ) {}

  private async readAt(position: number, n: number): Promise<Buffer> {
    const buffer = (n === this.recordSize ? this.spare.pop() : undefined) ?? Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const { bytesRead } = await this.handle.read(buffer, filled, n - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  }

  expect(n: number): void {
    this.recordSize = n;
  }

  async read(n: number): Promise<Buffer> {
    let out: Buffer;
    if (this.ahead !== null && n === this.recordSize) {
      out = await this.ahead;
      this.ahead = null;
    } else {
      out = await this.readAt(this.position, n);
    }
    this.position += out.length;
    if (this.recordSize > 0 && this.position < this.size) {
      this.ahead = this.readAt(this.position, this.recordSize);
      this.ahead.catch(() => undefined);
    }
    return out;
  }

  async atEnd(): Promise<boolean> {
    if (this.position < this.size) return false;
    // The file may have grown since it was opened: only an empty read means the end.
    const probe = await this.readAt(this.position, 1);
    return probe.length === 0;
  }

  release(buffer: Buffer): void {
    if (buffer.length === this.recordSize && this.spare.length < 2) this.spare.push(buffer);
  }

  async settle(): Promise<void> {
    await this.ahead?.catch(() => undefined);
    this.ahead = null;
  }
}

/** Encrypts `source` into a new document file; returns its name, size and plaintext SHA-256. */
export async function writeDocument(
  dir: string,
  source: ByteSource | PlaintextReader,
  key: Buffer,
  options: EncryptOptions = {},
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
    options.signal ? { signal: options.signal } : {},
  );
  return { ...encryption.result(), fileName };
}

/** The authenticated plaintext of a document file, as a stream. */
export async function* readDocument(
  dir: string,
  fileName: string,
  key: Buffer,
  signal?: AbortSignal,
): AsyncGenerator<Buffer, void, undefined> {
  const path = documentFilePath(dir, fileName);
  const handle = await open(path, 'r');
  const reader = new FileRecordReader(handle, (await handle.stat()).size);
  try {
    yield* decryptRecords(reader, key, { expectedFileId: Buffer.from(fileName, 'hex'), ...(signal ? { signal } : {}) });
  } finally {
    await reader.settle();
    await handle.close();
  }
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
