import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject } from 'node:crypto';
import {
  AAD_LENGTH,
  chunkAad,
  chunkNonce,
  createHeader,
  DEFAULT_CHUNK_SIZE,
  DocumentIntegrityError,
  HEADER_PREFIX_LENGTH,
  headerLengthFromPrefix,
  KEY_LENGTH,
  NONCE_LENGTH,
  parseHeader,
  TAG_LENGTH,
  type DocumentHeader,
} from './document-format';
import { ByteReader, type RecordReader } from './byte-reader';
import { prepareAllocator, wipeAndRelease } from './buffers';
import { sha256Ring, unhashedRing } from './sha256-pipeline';

export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * A plaintext source that fills a caller's buffer: a file read straight into the chunk buffer,
 * with no intermediate copy. `readInto` returns fewer bytes than asked only at the end.
 */
export interface PlaintextReader {
  readInto(into: Buffer): Promise<number>;
}

export interface EncryptResult {
  fileId: Buffer;
  chunkSize: number;
  /** Hex SHA-256 of the plaintext, computed on the way through. */
  sha256: string;
  size: number;
}

/** What a sealing without the plaintext hash knows at the end (see `sealDocument`). */
export type SealResult = Omit<EncryptResult, 'sha256'>;

interface Stream<R> {
  fileId: Buffer;
  chunkSize: number;
  /**
   * Header, then each chunk as its ciphertext (in pieces of at most CIPHER_PIECE bytes) and its
   * tag. Consume it once. Every buffer yielded belongs to the consumer: one that is done with a
   * buffer (wrote it) should `releaseBuffer` it (buffers.ts), or the memory waits for the GC.
   */
  output: AsyncGenerator<Buffer, void, undefined>;
  /** Available once `output` has been consumed to the end. */
  result(): R;
}

export type Encryption = Stream<EncryptResult>;
export type Sealing = Stream<SealResult>;

export interface EncryptOptions {
  chunkSize?: number;
  signal?: AbortSignal;
  /**
   * The expected plaintext size, when known (a file's size, an upload's declared size): a large
   * document is hashed on a worker thread, a small one on this thread.
   */
  sizeHint?: number;
  /** Sees every plaintext chunk before it is sealed (text capture, size limit); may throw. */
  tap?: (plain: Buffer) => void;
}

/** From this size on, SHA-256 runs on the worker thread beside the encryption (see sha256-pipeline.ts). */
export const HASH_IN_WORKER_FROM = 8 * 1024 * 1024;
/**
 * The plaintext is read, hashed and handed over in regions of whole chunks of about this size
 * (four chunks at the default chunk size): one read and one message to the hashing worker per
 * region instead of per chunk. Each hand-off between threads can wake a sleeping thread, which
 * on this machine's virtual CPUs costs tens of microseconds on both sides; per 256 KiB chunk
 * those wake-ups were about a tenth of the import's CPU (paired runs, issue 18).
 */
export const REGION_BYTES = 1024 * 1024;
/**
 * Regions in the ring when hashing on the worker (8 MiB at the default chunk size): one being
 * sealed, one read ahead (its size decides whether the chunk before it is the last), one being
 * filled, and the rest queued for the worker, so that a main thread the scheduler keeps waiting
 * for a few milliseconds does not leave the worker (the slowest stage) without work.
 */
const RING_REGIONS = 8;
/** On this thread the hash runs inline, so nothing is queued: sealed, read ahead, being filled. */
const INLINE_REGIONS = 3;

/**
 * The document key as a KeyObject, made once per stream: `createCipheriv` with a raw Buffer key
 * first tries it as a KeyObject and a CryptoKey (each failed check builds an error with a stack
 * trace), 3–4× the cost of a cipher over a KeyObject; with 1,024 chunks in 256 MiB that was a
 * fifth of the decryption time (issue 18). Node keeps the copy in memory it zero-fills on free.
 */
function documentKey(key: Buffer): KeyObject {
  requireKey(key);
  prepareAllocator();
  return createSecretKey(key);
}

function requireKey(key: Buffer): void {
  if (key.length !== KEY_LENGTH) throw new RangeError('A document key is 32 bytes');
}

function isPlaintextReader(source: ByteSource | PlaintextReader): source is PlaintextReader {
  return typeof (source as PlaintextReader).readInto === 'function';
}

/** Adapts a stream of arbitrarily sized pieces to `readInto`: copies them into the chunk buffers. */
function piecesReader(source: ByteSource): PlaintextReader & { close(): Promise<void> } {
  const iterator =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (source as Iterable<Uint8Array>)[Symbol.iterator]();
  let rest: Buffer = Buffer.alloc(0);
  let ended = false;
  return {
    async readInto(into) {
      let filled = 0;
      while (filled < into.length) {
        if (rest.length === 0) {
          if (ended) break;
          const next = await iterator.next();
          if (next.done) {
            ended = true;
            break;
          }
          const piece = next.value;
          rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
          continue;
        }
        const n = rest.copy(into, filled);
        filled += n;
        rest = rest.subarray(n);
      }
      return filled;
    },
    async close() {
      rest = Buffer.alloc(0);
      if (!ended) {
        ended = true;
        await iterator.return?.();
      }
    },
  };
}

/**
 * A chunk goes through the cipher in pieces of this size. GCM is a stream mode, so the bytes are
 * the same as one call over the whole chunk; but each `update()` allocates its output twice and
 * copies it once (Node sizes the first buffer one block too large, then trims by copying), and
 * at 64 KiB that happens in the CPU's L2 cache and in allocator free lists instead of fresh
 * pages: 1.5–2× less CPU per byte than 256 KiB pieces in paired runs here (issue 18).
 */
export const CIPHER_PIECE = 64 * 1024;

/**
 * A stream's nonce and associated-data buffers, rewritten for each chunk instead of allocated:
 * the cipher copies the nonce when it is created and consumes the AAD in setAAD.
 */
interface ChunkScratch {
  nonce: Buffer;
  aad: Buffer;
}

const chunkScratch = (): ChunkScratch => ({ nonce: Buffer.alloc(NONCE_LENGTH), aad: Buffer.alloc(AAD_LENGTH) });

/** Seals one chunk into `out`: its ciphertext pieces, then its tag (no concatenation). */
function sealChunk(
  key: KeyObject,
  header: DocumentHeader,
  index: number,
  last: boolean,
  plain: Buffer,
  out: Buffer[],
  scratch: ChunkScratch,
): void {
  const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(header, index, scratch.nonce), {
    authTagLength: TAG_LENGTH,
  });
  cipher.setAAD(chunkAad(header, index, last, scratch.aad));
  for (let at = 0; at < plain.length; at += CIPHER_PIECE)
    out.push(cipher.update(plain.subarray(at, Math.min(at + CIPHER_PIECE, plain.length))));
  cipher.final();
  out.push(cipher.getAuthTag());
}

/**
 * Streams plaintext into the v1 format with constant memory. Chunk buffers are filled one read
 * ahead: whether a chunk is the last one (its AAD flag) is only known once the next read came
 * back empty, and the read after that runs while the current chunk is sealed. SHA-256 of the
 * plaintext runs beside the sealing (sha256-pipeline.ts). Every chunk buffer is zero-filled at
 * the end, whether the stream ended, failed or was abandoned.
 */
export function encryptDocument(
  source: ByteSource | PlaintextReader,
  key: Buffer,
  options: EncryptOptions = {},
): Encryption {
  const stream = streamDocument(source, key, options, true);
  return {
    ...stream,
    result() {
      const { sha256, ...rest } = stream.result();
      if (sha256 === null) throw new Error('Encryption has not finished');
      return { ...rest, sha256 };
    },
  };
}

/**
 * The same file format and bytes as `encryptDocument`, without the SHA-256 of the plaintext:
 * for a stream whose plaintext fingerprint nobody keeps (a handover file, which is hashed as
 * the ciphertext it is). The whole-file SHA-256 is one sequential stream, slower on one core
 * than AES-GCM; a caller that does not need it should not pay for it (issue 18).
 */
export function sealDocument(
  source: ByteSource | PlaintextReader,
  key: Buffer,
  options: EncryptOptions = {},
): Sealing {
  const stream = streamDocument(source, key, options, false);
  return {
    ...stream,
    result() {
      const { sha256: _none, ...rest } = stream.result();
      return rest;
    },
  };
}

function streamDocument(
  source: ByteSource | PlaintextReader,
  key: Buffer,
  options: EncryptOptions,
  hashed: boolean,
): Stream<SealResult & { sha256: string | null }> {
  const secret = documentKey(key);
  const header = createHeader(options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const { chunkSize } = header;
  const reader = isPlaintextReader(source) ? source : piecesReader(source);
  let size = 0;
  let sha256: string | null = null;
  let done = false;

  async function* run(): AsyncGenerator<Buffer, void, undefined> {
    // A copy: the consumer owns what it is given (and may release it), the header stays ours.
    yield Buffer.from(header.bytes);
    const inWorker = hashed && (options.sizeHint ?? 0) >= HASH_IN_WORKER_FROM;
    // A small document known to be small gets a small ring (the hint only sizes memory). Without
    // a hint (hashed on this thread then) a region is one chunk: the ring is allocated and wiped
    // per document, and many small documents at 1 MiB regions each (a backup of 10,000 versions)
    // spent their time zero-filling memory they never used.
    const needed = options.sizeHint === undefined ? 1 : Math.ceil(Math.max(1, options.sizeHint) / chunkSize);
    const perRegion = Math.max(1, Math.min(needed, Math.floor(REGION_BYTES / chunkSize)));
    const regionBytes = perRegion * chunkSize;
    const count = inWorker ? RING_REGIONS : INLINE_REGIONS;
    const ring = hashed ? sha256Ring(count, regionBytes, inWorker) : unhashedRing(count, regionBytes);
    const { regions, hash } = ring;
    // Per region, the ticket of its last hand-off to the hash: it is refilled once that was read.
    const tickets: number[] = regions.map(() => -1);
    let lastTicket = -1;
    const fills = new Set<Promise<number>>();
    const fill = (slot: number): Promise<number> => {
      const filling = (async () => {
        await hash.released(tickets[slot]!);
        const region = regions[slot]!;
        const n = await reader.readInto(region);
        size += n;
        options.tap?.(region.subarray(0, n));
        tickets[slot] = lastTicket = hash.update(slot, n);
        return n;
      })();
      fills.add(filling);
      filling.then(
        () => fills.delete(filling),
        () => fills.delete(filling),
      );
      return filling;
    };
    let finished = false;
    const sealed: Buffer[] = [];
    const scratch = chunkScratch();
    try {
      let slot = 0;
      let n = await fill(slot);
      let ahead: Promise<number> | null = n === regionBytes ? fill(1 % count) : null;
      for (let index = 0; ;) {
        const next = ahead === null ? 0 : await ahead;
        // The read after the next one runs on the thread pool while this region is sealed.
        ahead = next === regionBytes ? fill((slot + 2) % count) : null;
        // A short read is the end; a full region is the end only if the next read is empty.
        const endsHere = next === 0;
        const region = regions[slot]!;
        // An empty plaintext is one empty last chunk, so even an empty file is authenticated.
        for (let at = 0; at < n || (at === 0 && n === 0); at += chunkSize, index++) {
          options.signal?.throwIfAborted();
          const end = Math.min(at + chunkSize, n);
          const last = endsHere && end === n;
          sealChunk(secret, header, index, last, region.subarray(at, end), sealed, scratch);
          for (const piece of sealed) yield piece;
          sealed.length = 0;
          if (last) break;
        }
        if (endsHere) break;
        slot = (slot + 1) % count;
        n = next;
      }
      options.signal?.throwIfAborted();
      if (hashed) sha256 = await hash.digest();
      finished = done = true;
    } finally {
      if (!finished) hash.discard();
      // A read still running (the consumer stopped early) must not write into a wiped buffer
      // later, and the worker must be done reading the ring.
      await Promise.allSettled(fills);
      await hash.released(lastTicket).catch(() => undefined);
      if (!isPlaintextReader(source)) await (reader as ReturnType<typeof piecesReader>).close().catch(() => undefined);
      ring.wipe();
    }
  }

  return {
    fileId: header.fileId,
    chunkSize,
    output: run(),
    result() {
      if (!done) throw new Error('Encryption has not finished');
      return { fileId: header.fileId, chunkSize, sha256, size };
    },
  };
}

export interface DecryptOptions {
  expectedFileId?: Buffer;
  signal?: AbortSignal;
}

/**
 * Streams a v1 file back to plaintext. A chunk's plaintext is yielded only after its tag
 * verified (decipher.final), so a consumer never sees a byte of a tampered chunk. It comes in
 * pieces of at most CIPHER_PIECE bytes, each the consumer's own: one that is done with a piece
 * should wipe and release it (`wipeAndRelease`, buffers.ts) rather than leave it to the GC. Whether a
 * chunk is the last is decided by the file (one more byte after it or not), never by the
 * header, so cutting or extending the file changes a flag in the AAD and fails.
 */
export async function* decryptDocument(
  source: ByteSource,
  key: Buffer,
  options: DecryptOptions = {},
): AsyncGenerator<Buffer, void, undefined> {
  requireKey(key);
  const reader = new ByteReader(source);
  try {
    yield* decryptRecords(reader, key, options);
  } finally {
    await reader.close();
  }
}

/** The same, over any reader of exact byte counts (document-store.ts reads files by position). */
export async function* decryptRecords(
  reader: RecordReader,
  key: Buffer,
  options: DecryptOptions,
): AsyncGenerator<Buffer, void, undefined> {
  const secret = documentKey(key);
  const prefix = await reader.read(HEADER_PREFIX_LENGTH);
  const headerLength = headerLengthFromPrefix(prefix);
  const rest = await reader.read(headerLength - HEADER_PREFIX_LENGTH);
  const header = parseHeader(Buffer.concat([prefix, rest]));
  if (options.expectedFileId && !options.expectedFileId.equals(header.fileId))
    throw new DocumentIntegrityError('file-id');

  const recordSize = header.chunkSize + TAG_LENGTH;
  reader.expect?.(recordSize);
  const scratch = chunkScratch();
  for (let index = 0; ; index++) {
    options.signal?.throwIfAborted();
    const record = await reader.read(recordSize);
    if (record.length < TAG_LENGTH) throw new DocumentIntegrityError('truncated');
    const last = await reader.atEnd();
    // Only the last chunk may be short; a short one in the middle cannot be authentic.
    if (!last && record.length !== recordSize) throw new DocumentIntegrityError('chunk');
    const decipher = createDecipheriv('aes-256-gcm', secret, chunkNonce(header, index, scratch.nonce), {
      authTagLength: TAG_LENGTH,
    });
    decipher.setAAD(chunkAad(header, index, last, scratch.aad));
    decipher.setAuthTag(record.subarray(record.length - TAG_LENGTH));
    const bodyLength = record.length - TAG_LENGTH;
    const plain: Buffer[] = [];
    try {
      // In CIPHER_PIECE pieces, like sealing. GCM produces all its output in update(); final()
      // only checks the tag.
      for (let at = 0; at < bodyLength; at += CIPHER_PIECE)
        plain.push(decipher.update(record.subarray(at, Math.min(at + CIPHER_PIECE, bodyLength))));
      decipher.final();
    } catch {
      // Unauthenticated plaintext is wiped, not merely dropped.
      for (const piece of plain) wipeAndRelease(piece);
      throw new DocumentIntegrityError('chunk');
    }
    // The record buffer may be reused by the reader for the next read.
    reader.release?.(record);
    let handed = 0;
    try {
      for (; handed < plain.length; handed++) if (plain[handed]!.length > 0) yield plain[handed]!;
    } finally {
      // A consumer that stopped early never sees the rest of this chunk: wipe it.
      for (let i = handed + 1; i < plain.length; i++) wipeAndRelease(plain[i]!);
    }
    if (last) return;
  }
}
