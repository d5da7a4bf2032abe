import { createHash, randomBytes } from 'node:crypto';

/**
 * The v1 document file header (FORMAT.md). Fixed layout, 40 bytes, big-endian integers:
 *
 *   0  magic 'EMNDOC' (6)   6  version (1)   7  flags (1, must be 0)   8  header length (2, = 40)
 *   10 file id (16)         26 chunk size (4)                          30 nonce prefix (8)
 *   38 reserved (2, must be 0)
 *
 * Everything a reader needs to refuse a file it does not understand comes before anything it
 * would have to trust: magic and version first, and an unknown version is never "tried".
 */
export const DOCUMENT_MAGIC = Buffer.from('EMNDOC', 'latin1');
export const DOCUMENT_FORMAT_VERSION = 1;
export const HEADER_LENGTH_V1 = 40;
/** Magic, version, flags and header length: enough to decide whether to read further. */
export const HEADER_PREFIX_LENGTH = 10;
export const FILE_ID_LENGTH = 16;
export const NONCE_PREFIX_LENGTH = 8;
export const TAG_LENGTH = 16;
export const KEY_LENGTH = 32;
/**
 * 256 KiB (v1 allows 1 KiB – 4 MiB; the size is in each file's header, so older files with 64 KiB
 * chunks read as before). Each chunk costs a cipher object and an output buffer that Node
 * allocates and copies once more: below 256 KiB those fixed costs show, above it the fresh
 * output buffers no longer come from the allocator's free lists and page-fault (paired runs of
 * the encryptor here: 64 KiB +10 % CPU, 1 MiB +20–40 %, issue 18).
 */
export const DEFAULT_CHUNK_SIZE = 256 * 1024;
// Bounds keep a hostile header from making the reader allocate gigabytes for one chunk.
export const MIN_CHUNK_SIZE = 1024;
export const MAX_CHUNK_SIZE = 4 * 1024 * 1024;
/** The chunk index is 32 bits inside the nonce; past it nonces would repeat. */
export const MAX_CHUNKS = 2 ** 32;

/** Every way a document file can be wrong. The message never carries a path or a name. */
export class DocumentIntegrityError extends Error {
  constructor(readonly reason: 'header' | 'version' | 'file-id' | 'chunk' | 'truncated') {
    super(`Document failed authentication (${reason})`);
    this.name = 'DocumentIntegrityError';
  }
}

export interface DocumentHeader {
  version: number;
  fileId: Buffer;
  chunkSize: number;
  noncePrefix: Buffer;
  /** The exact header bytes: their SHA-256 goes into every chunk's associated data. */
  bytes: Buffer;
  /** SHA-256 of `bytes`, computed once. */
  digest: Buffer;
}

export function validChunkSize(size: number): boolean {
  return Number.isInteger(size) && size >= MIN_CHUNK_SIZE && size <= MAX_CHUNK_SIZE;
}

function finish(bytes: Buffer): DocumentHeader {
  return {
    version: bytes[6] ?? 0,
    fileId: Buffer.from(bytes.subarray(10, 26)),
    chunkSize: bytes.readUInt32BE(26),
    noncePrefix: Buffer.from(bytes.subarray(30, 38)),
    bytes,
    digest: createHash('sha256').update(bytes).digest(),
  };
}

/** A fresh header: random file id and nonce prefix, so two encryptions never share a nonce space. */
export function createHeader(chunkSize = DEFAULT_CHUNK_SIZE): DocumentHeader {
  if (!validChunkSize(chunkSize)) throw new RangeError('Unsupported chunk size');
  const bytes = Buffer.alloc(HEADER_LENGTH_V1);
  DOCUMENT_MAGIC.copy(bytes, 0);
  bytes[6] = DOCUMENT_FORMAT_VERSION;
  bytes[7] = 0;
  bytes.writeUInt16BE(HEADER_LENGTH_V1, 8);
  randomBytes(FILE_ID_LENGTH).copy(bytes, 10);
  bytes.writeUInt32BE(chunkSize, 26);
  randomBytes(NONCE_PREFIX_LENGTH).copy(bytes, 30);
  return finish(bytes);
}

/**
 * Checks the first HEADER_PREFIX_LENGTH bytes and returns the full header length to read.
 * Refuses an unknown version before looking at anything else.
 */
export function headerLengthFromPrefix(prefix: Buffer): number {
  if (prefix.length < HEADER_PREFIX_LENGTH || !prefix.subarray(0, 6).equals(DOCUMENT_MAGIC))
    throw new DocumentIntegrityError('header');
  if (prefix[6] !== DOCUMENT_FORMAT_VERSION) throw new DocumentIntegrityError('version');
  if (prefix[7] !== 0) throw new DocumentIntegrityError('header');
  if (prefix.readUInt16BE(8) !== HEADER_LENGTH_V1) throw new DocumentIntegrityError('header');
  return HEADER_LENGTH_V1;
}

/**
 * Parses a complete v1 header. The header itself has no tag: any change to it changes its
 * digest, and with it the associated data of every chunk, so the first chunk fails.
 */
export function parseHeader(bytes: Buffer): DocumentHeader {
  const length = headerLengthFromPrefix(bytes);
  if (bytes.length !== length) throw new DocumentIntegrityError('header');
  if (bytes[38] !== 0 || bytes[39] !== 0) throw new DocumentIntegrityError('header');
  const header = finish(Buffer.from(bytes));
  if (!validChunkSize(header.chunkSize)) throw new DocumentIntegrityError('header');
  return header;
}

export const NONCE_LENGTH = NONCE_PREFIX_LENGTH + 4;
export const AAD_LENGTH = 32 + 4 + 1;

/**
 * nonce = prefix (8) ‖ chunk index (4, big-endian): unique per chunk under one key. Written into
 * `into` when given (a stream reuses one buffer: the cipher copies its nonce when it is created).
 */
export function chunkNonce(header: DocumentHeader, index: number, into?: Buffer): Buffer {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_CHUNKS) throw new RangeError('Too many chunks');
  const nonce = into ?? Buffer.alloc(NONCE_LENGTH);
  if (nonce.length !== NONCE_LENGTH) throw new RangeError('A nonce is 12 bytes');
  header.noncePrefix.copy(nonce, 0);
  nonce.writeUInt32BE(index, NONCE_PREFIX_LENGTH);
  return nonce;
}

/**
 * AAD = SHA-256(header) ‖ chunk index (4) ‖ last-chunk flag (1). The header digest binds the
 * chunk to this file (swaps between files fail), the index to its place (reordering and
 * duplication fail), the flag to the end (truncation at a chunk boundary and appending fail).
 * Written into `into` when given (setAAD consumes it at once, so a stream reuses one buffer).
 */
export function chunkAad(header: DocumentHeader, index: number, last: boolean, into?: Buffer): Buffer {
  const aad = into ?? Buffer.alloc(AAD_LENGTH);
  if (aad.length !== AAD_LENGTH) throw new RangeError('The associated data is 37 bytes');
  header.digest.copy(aad, 0);
  aad.writeUInt32BE(index, 32);
  aad[36] = last ? 1 : 0;
  return aad;
}
