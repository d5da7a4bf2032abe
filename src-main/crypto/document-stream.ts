import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import {
  chunkAad,
  chunkNonce,
  createHeader,
  DEFAULT_CHUNK_SIZE,
  DocumentIntegrityError,
  HEADER_PREFIX_LENGTH,
  headerLengthFromPrefix,
  KEY_LENGTH,
  parseHeader,
  TAG_LENGTH,
  type DocumentHeader,
} from './document-format';
import { ByteReader } from './byte-reader';

export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export interface EncryptResult {
  fileId: Buffer;
  chunkSize: number;
  /** Hex SHA-256 of the plaintext, computed on the way through. */
  sha256: string;
  size: number;
}

export interface Encryption {
  fileId: Buffer;
  chunkSize: number;
  /** Header, then one sealed chunk (ciphertext ‖ tag) per item. Consume it once. */
  output: AsyncGenerator<Buffer, void, undefined>;
  /** Available once `output` has been consumed to the end. */
  result(): EncryptResult;
}

function requireKey(key: Buffer): void {
  if (key.length !== KEY_LENGTH) throw new RangeError('A document key is 32 bytes');
}

function sealChunk(key: Buffer, header: DocumentHeader, index: number, last: boolean, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(header, index), { authTagLength: TAG_LENGTH });
  cipher.setAAD(chunkAad(header, index, last));
  const body = cipher.update(plain);
  const tail = cipher.final();
  return Buffer.concat([body, tail, cipher.getAuthTag()]);
}

/**
 * Streams plaintext into the v1 format with constant memory: one chunk-size buffer is filled
 * and sealed at a time. A full chunk is held back until more input arrives, because whether it
 * is the last one (and so its AAD flag) is only known then.
 */
export function encryptDocument(
  source: ByteSource,
  key: Buffer,
  options: { chunkSize?: number; signal?: AbortSignal } = {},
): Encryption {
  requireKey(key);
  const header = createHeader(options.chunkSize ?? DEFAULT_CHUNK_SIZE);
  const { chunkSize } = header;
  const hash = createHash('sha256');
  let size = 0;
  let done = false;

  async function* run(): AsyncGenerator<Buffer, void, undefined> {
    yield header.bytes;
    const pending = Buffer.alloc(chunkSize);
    let filled = 0;
    let index = 0;
    try {
      for await (const piece of source) {
        options.signal?.throwIfAborted();
        const bytes = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        hash.update(bytes);
        size += bytes.length;
        let offset = 0;
        while (offset < bytes.length) {
          if (filled === chunkSize) {
            // More bytes exist, so the held chunk was not the last.
            yield sealChunk(key, header, index++, false, pending);
            filled = 0;
          }
          const n = bytes.copy(pending, filled, offset, Math.min(bytes.length, offset + chunkSize - filled));
          filled += n;
          offset += n;
        }
      }
      options.signal?.throwIfAborted();
      // An empty plaintext is one empty last chunk, so even an empty file is authenticated.
      yield sealChunk(key, header, index, true, pending.subarray(0, filled));
    } finally {
      // The last plaintext chunk is wiped whether the stream ended, failed or was abandoned.
      pending.fill(0);
    }
    done = true;
  }

  return {
    fileId: header.fileId,
    chunkSize,
    output: run(),
    result() {
      if (!done) throw new Error('Encryption has not finished');
      return { fileId: header.fileId, chunkSize, sha256: hash.digest('hex'), size };
    },
  };
}

/**
 * Streams a v1 file back to plaintext. A chunk's plaintext is yielded only after its tag
 * verified (decipher.final), so a consumer never sees a byte of a tampered chunk. Whether a
 * chunk is the last is decided by the file (one more byte after it or not), never by the
 * header, so cutting or extending the file changes a flag in the AAD and fails.
 */
export async function* decryptDocument(
  source: ByteSource,
  key: Buffer,
  options: { expectedFileId?: Buffer; signal?: AbortSignal } = {},
): AsyncGenerator<Buffer, void, undefined> {
  requireKey(key);
  const reader = new ByteReader(source);
  try {
    yield* authenticatedChunks(reader, key, options);
  } finally {
    await reader.close();
  }
}

async function* authenticatedChunks(
  reader: ByteReader,
  key: Buffer,
  options: { expectedFileId?: Buffer; signal?: AbortSignal },
): AsyncGenerator<Buffer, void, undefined> {
  const prefix = await reader.read(HEADER_PREFIX_LENGTH);
  const headerLength = headerLengthFromPrefix(prefix);
  const rest = await reader.read(headerLength - HEADER_PREFIX_LENGTH);
  const header = parseHeader(Buffer.concat([prefix, rest]));
  if (options.expectedFileId && !options.expectedFileId.equals(header.fileId))
    throw new DocumentIntegrityError('file-id');

  const recordSize = header.chunkSize + TAG_LENGTH;
  for (let index = 0; ; index++) {
    options.signal?.throwIfAborted();
    const record = await reader.read(recordSize);
    if (record.length < TAG_LENGTH) throw new DocumentIntegrityError('truncated');
    const last = await reader.atEnd();
    // Only the last chunk may be short; a short one in the middle cannot be authentic.
    if (!last && record.length !== recordSize) throw new DocumentIntegrityError('chunk');
    const decipher = createDecipheriv('aes-256-gcm', key, chunkNonce(header, index), { authTagLength: TAG_LENGTH });
    decipher.setAAD(chunkAad(header, index, last));
    decipher.setAuthTag(record.subarray(record.length - TAG_LENGTH));
    const body = decipher.update(record.subarray(0, record.length - TAG_LENGTH));
    let plain: Buffer;
    try {
      const tail = decipher.final();
      plain = tail.length === 0 ? body : Buffer.concat([body, tail]);
    } catch {
      // Unauthenticated plaintext is wiped, not merely dropped.
      body.fill(0);
      throw new DocumentIntegrityError('chunk');
    }
    if (plain.length > 0) yield plain;
    if (last) return;
  }
}
