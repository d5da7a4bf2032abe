import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { keySlotFileSchema } from '../../crypto/key-slots';
import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import { documentFilePath, fsyncDir } from '../../storage/document-store';
import { FILE_MODE, type VaultPaths } from '../../storage/vault-paths';
import {
  BACKUP_VERSION,
  buildHeader,
  BackupIntegrityError,
  BackupTooLargeError,
  buildTrailer,
  checkWithinReaderLimits,
  DATABASE_NAME,
  KEYS_NAME,
  macMatches,
  MANIFEST_NAME,
  manifestMac,
  MAX_RECORDS,
  recordPrefix,
  type EntryKind,
  type Manifest,
} from './format';
import { readBackupIndex } from './read-backup';
import { openSnapshot, referencedFiles, snapshotDatabase } from './snapshot';

/** What a backup needs from an unlocked vault; `backupSourceOf` builds it from the vault service. */
export interface BackupSource {
  paths: VaultPaths;
  db: Db;
  /** Borrowed: opens the snapshot; never zero-filled here (it belongs to the vault service). */
  databaseKey: Buffer;
  /** The 'backup-manifest' subkey; the caller zero-fills it afterwards. */
  manifestKey: Buffer;
  now: Date;
}

export interface BackupProgress {
  /** 'verify': the written file is read back as a reader would before it is called a backup. */
  phase: 'snapshot' | 'copy' | 'verify' | 'done';
  /** Bytes written to the backup so far and the expected total (both approximate until 'done'). */
  done: number;
  total: number;
}

export interface BackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  signal?: AbortSignal;
  /**
   * Whether an existing file at the output path may be replaced (by a complete backup only):
   * yes after a save dialog asked, or `--force`; otherwise an existing file is refused with
   * `backup.exists` and left as it is.
   */
  replace?: boolean;
}

export interface BackupResult {
  file: string;
  bytes: number;
  documents: number;
  /** SHA-256 of the whole backup file, for the lawyer to note or compare copies with. */
  sha256: string;
}

const READ_CHUNK = 256 * 1024;

/** Writes everything through one handle, hashing the whole file on the way. */
class Output {
  readonly hash = createHash('sha256');
  written = 0;
  constructor(private readonly handle: FileHandle) {}

  async write(bytes: Buffer): Promise<void> {
    let offset = 0;
    while (offset < bytes.length)
      offset += (await this.handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
    this.hash.update(bytes);
    this.written += bytes.length;
  }
}

/**
 * Writes one `.emanet-backup` file (BACKUP-FORMAT.md): key slots, an encrypted snapshot of the
 * database and the already-encrypted documents it refers to, then the authenticated manifest.
 * Everything goes to a temp name next to `outFile` (same filesystem: the final rename is atomic)
 * and only a complete, fsynced file is renamed into place. Failure or cancellation removes the
 * temp files; an existing file at `outFile` is replaced only by a complete backup.
 */
export async function createBackup(
  source: BackupSource,
  outFile: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const { signal, onProgress } = options;
  const dir = dirname(outFile);
  const stem = `.${basename(outFile)}.${randomBytes(6).toString('hex')}`;
  const tempFile = join(dir, `${stem}.tmp`);
  const snapshot = join(dir, `${stem}.db.tmp`);
  let handle: FileHandle | null = null;
  const folder = await stat(dir).catch(() => null);
  if (!folder?.isDirectory()) throw new AppError('NOT_FOUND', 'The folder for the backup does not exist');
  try {
    signal?.throwIfAborted();
    onProgress?.({ phase: 'snapshot', done: 0, total: 0 });
    await snapshotDatabase(source.db, snapshot);
    const files = filesOfSnapshot(snapshot, source.databaseKey);
    // Refused before a byte is written: a file no reader accepts must never be called a backup.
    if (files.length + 2 > MAX_RECORDS) throw new BackupTooLargeError();
    const keys = await readFile(source.paths.keySlots);
    // The vault id is taken from the very key file the backup carries: the two always agree.
    const vaultId = vaultIdOf(keys);
    const sizes = await documentSizes(source.paths.documents, files);
    const dbSize = (await stat(snapshot)).size;
    const total = keys.length + dbSize + sizes.reduce((a, b) => a + b, 0);

    handle = await open(tempFile, 'wx', FILE_MODE);
    const out = new Output(handle);
    const header = buildHeader();
    await out.write(header);
    const entries: Manifest['entries'] = [];
    const progress = () => onProgress?.({ phase: 'copy', done: out.written, total });

    async function record(
      kind: EntryKind,
      name: string,
      size: number,
      chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
    ) {
      await out.write(recordPrefix(kind, name, size));
      const hash = createHash('sha256');
      let seen = 0;
      for await (const chunk of chunks) {
        signal?.throwIfAborted();
        hash.update(chunk);
        seen += chunk.length;
        await out.write(chunk);
        progress();
      }
      // A file that changed size under us would make the container lie about its own layout.
      if (seen !== size) throw new AppError('CONFLICT', 'The vault changed during the backup; try again');
      entries.push({ kind, name, size, sha256: hash.digest('hex') });
    }

    await record('keys', KEYS_NAME, keys.length, [keys]);
    await record('database', DATABASE_NAME, dbSize, readChunks(snapshot, dbSize));
    for (const [i, name] of files.entries()) {
      const size = sizes[i] ?? 0;
      await record('document', name, size, readChunks(documentFilePath(source.paths.documents, name), size));
    }
    const manifest: Manifest = {
      format: 'emanet-backup-manifest',
      version: BACKUP_VERSION,
      vaultId,
      createdAt: source.now.toISOString(),
      entries,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
    checkWithinReaderLimits(entries.length, manifestBytes.length);
    await out.write(recordPrefix('manifest', MANIFEST_NAME, manifestBytes.length));
    await out.write(manifestBytes);
    await out.write(buildTrailer(manifestMac(source.manifestKey, header, manifestBytes)));
    signal?.throwIfAborted();
    await handle.sync();
    await handle.close();
    handle = null;
    onProgress?.({ phase: 'verify', done: 0, total: out.written });
    await readBack(tempFile, entries, source.manifestKey, signal);
    await publish(tempFile, outFile, options.replace === true);
    await fsyncDir(dir);
    onProgress?.({ phase: 'done', done: out.written, total: out.written });
    return { file: outFile, bytes: out.written, documents: files.length, sha256: out.hash.digest('hex') };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(tempFile).catch(() => undefined);
    throw asBackupError(error);
  } finally {
    await unlink(snapshot).catch(() => undefined);
  }
}

/** Hard links are missing on FAT32 and exFAT, the usual USB sticks. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);
const exists = () => new AppError('CONFLICT', 'A file with this name already exists', ['backup.exists']);
const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Puts the finished temp file at `outFile`. Replacing: an atomic rename. Otherwise link(), which
 * refuses an existing name atomically; where the filesystem has no hard links, the name is first
 * reserved with an exclusive create and then replaced by the rename.
 */
async function publish(tempFile: string, outFile: string, replace: boolean): Promise<void> {
  if (replace) return rename(tempFile, outFile);
  try {
    await link(tempFile, outFile);
  } catch (error) {
    if (errnoOf(error) === 'EEXIST') throw exists();
    if (!NO_HARD_LINKS.has(errnoOf(error) ?? '')) throw error;
    const reserved = await open(outFile, 'wx', FILE_MODE).catch((e: unknown) => {
      throw errnoOf(e) === 'EEXIST' ? exists() : e;
    });
    await reserved.close();
    await rename(tempFile, outFile);
    return;
  }
  await unlink(tempFile);
}

/**
 * Reads the written file with the very reader `verify` and `restore` use (structure, limits,
 * every record's hash) and checks the MAC: only a file that passes is renamed into place.
 */
async function readBack(
  file: string,
  written: Manifest['entries'],
  manifestKey: Buffer,
  signal: AbortSignal | undefined,
): Promise<void> {
  const index = await readBackupIndex(file, signal);
  const same =
    index.entries.length === written.length &&
    index.entries.every((e, i) => e.name === written[i]?.name && e.sha256 === written[i]?.sha256);
  if (!same || !macMatches(manifestKey, index.header, index.manifestBytes, index.mac))
    throw new BackupIntegrityError('changed');
}

function vaultIdOf(keys: Buffer): string {
  const parsed = keySlotFileSchema.safeParse(JSON.parse(keys.toString('utf8')));
  if (!parsed.success) throw new AppError('INTEGRITY', 'The key file is damaged or from an unsupported version');
  return parsed.data.vaultId;
}

function filesOfSnapshot(snapshot: string, databaseKey: Buffer): string[] {
  const db = openSnapshot(snapshot, databaseKey);
  if (!db) throw new AppError('INTEGRITY', 'The database snapshot does not open with the vault key');
  try {
    return referencedFiles(db);
  } finally {
    db.close();
  }
}

async function documentSizes(dir: string, names: string[]): Promise<number[]> {
  const sizes: number[] = [];
  for (const name of names) sizes.push((await stat(documentFilePath(dir, name))).size);
  return sizes;
}

/**
 * The first `size` bytes of a file (document files never change once written; one that shrank is
 * caught by the size check). Giving the stream its end also sizes its read buffers to the file:
 * with a 256 KiB buffer per read, 10,000 small documents spent most of a backup in the GC.
 */
async function* readChunks(path: string, size: number): AsyncGenerator<Buffer> {
  if (size === 0) return;
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK, end: size - 1 })) yield chunk as Buffer;
}

/**
 * Disk full, a read-only stick, a folder without permission: fixed sentences with a reason code,
 * never the path (it can name the lawyer or the client). A document deleted while the backup ran
 * is a conflict, not damage.
 */
export function asBackupError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // EFBIG: the file outgrew what the drive allows, e.g. 4 GiB on a FAT32 USB stick: for the
  // lawyer it is the same situation as a full disk (choose another place).
  // The snapshot is written by SQLite itself, which reports the same conditions in its own words.
  if (
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    code === 'EFBIG' ||
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_IOERR_WRITE'
  )
    return new AppError('INTERNAL', 'There is not enough space for the backup', ['backup.noSpace']);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new AppError('FORBIDDEN', 'The backup cannot be written there', ['backup.noPermission']);
  if (code === 'ENOENT') return new AppError('CONFLICT', 'The vault changed during the backup; try again');
  return error;
}
