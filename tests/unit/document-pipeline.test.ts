import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHUNK_SIZE, HEADER_LENGTH_V1, TAG_LENGTH } from '../../src-main/crypto/document-format';
import {
  decryptDocument,
  encryptDocument,
  HASH_IN_WORKER_FROM,
  REGION_BYTES,
  sealDocument,
  type PlaintextReader,
} from '../../src-main/crypto/document-stream';

/**
 * The encryptor's plaintext pipeline (issue 18): regions of whole chunks read and handed to the
 * hashing worker at once, in a ring of shared memory that is wiped and reused across documents.
 * The bytes on disk are those of FORMAT.md whatever the region and chunk sizes.
 */
const MiB = 1024 * 1024;

/** A file-like reader over `data` that records every buffer it was asked to fill. */
function recordingReader(data: Buffer): PlaintextReader & { calls: Buffer[] } {
  let at = 0;
  const calls: Buffer[] = [];
  return {
    calls,
    readInto(into) {
      calls.push(into);
      const n = data.copy(into, 0, at, Math.min(at + into.length, data.length));
      at += n;
      return Promise.resolve(n);
    },
  };
}

async function roundTrip(plain: Buffer, chunkSize: number, sizeHint: number) {
  const key = randomBytes(32);
  const reader = recordingReader(plain);
  const enc = encryptDocument(reader, key, { chunkSize, sizeHint });
  const parts: Buffer[] = [];
  for await (const piece of enc.output) parts.push(piece);
  const file = Buffer.concat(parts);
  const back: Buffer[] = [];
  for await (const piece of decryptDocument([file], key, { expectedFileId: enc.fileId })) back.push(piece);
  return { file, plain: Buffer.concat(back), result: enc.result(), reads: reader.calls };
}

describe('document encryptor pipeline (issue 18)', () => {
  // Sizes around a region, around the ring (8 regions on the worker) and the empty document,
  // with chunk sizes that divide a region, that do not, and one as large as a region.
  const cases: Array<[number, number]> = [
    [DEFAULT_CHUNK_SIZE, 0],
    [DEFAULT_CHUNK_SIZE, 1],
    [DEFAULT_CHUNK_SIZE, REGION_BYTES],
    [DEFAULT_CHUNK_SIZE, REGION_BYTES + 1],
    [DEFAULT_CHUNK_SIZE, 8 * REGION_BYTES],
    [DEFAULT_CHUNK_SIZE, 9 * REGION_BYTES + 3],
    [300 * 1024, 3 * REGION_BYTES + 7],
    [1024, REGION_BYTES - 1],
    [REGION_BYTES, 2 * REGION_BYTES],
  ];
  for (const inWorker of [true, false]) {
    for (const [chunkSize, size] of cases) {
      it(`${size} bytes in ${chunkSize}-byte chunks, hashed ${inWorker ? 'on the worker' : 'inline'}: FORMAT.md's layout, the plaintext's SHA-256, byte-identical back`, async () => {
        const plain = randomBytes(size);
        const { file, plain: back, result } = await roundTrip(plain, chunkSize, inWorker ? HASH_IN_WORKER_FROM : 0);
        const chunks = Math.max(1, Math.ceil(size / chunkSize));
        expect(file.length).toBe(HEADER_LENGTH_V1 + size + chunks * TAG_LENGTH);
        expect(result.size).toBe(size);
        expect(result.sha256).toBe(createHash('sha256').update(plain).digest('hex'));
        expect(back.equals(plain)).toBe(true);
      });
    }
  }

  it('reads (and hands to the hashing worker) a region of several chunks at a time, not chunk by chunk', async () => {
    const size = 8 * MiB + 1;
    const { reads } = await roundTrip(randomBytes(size), DEFAULT_CHUNK_SIZE, size);
    // 33 chunks of 256 KiB; 1 MiB regions: 9 reads, the last one short.
    expect(reads.length).toBe(Math.ceil(size / REGION_BYTES));
    for (const into of reads) expect(into.length).toBe(REGION_BYTES);
  });

  it('the shared ring is wiped after a document and reused by the next one; documents at the same time get their own', async () => {
    const size = HASH_IN_WORKER_FROM;
    const first = await roundTrip(randomBytes(size), DEFAULT_CHUNK_SIZE, size);
    const ring = first.reads[0]!.buffer;
    expect(ring).toBeInstanceOf(SharedArrayBuffer);
    // Nothing of the plaintext stays in the kept memory.
    expect(Buffer.from(ring).every((b) => b === 0)).toBe(true);
    const second = await roundTrip(randomBytes(size), DEFAULT_CHUNK_SIZE, size);
    expect(second.reads[0]!.buffer).toBe(ring);

    const [a, b] = await Promise.all([
      roundTrip(randomBytes(size), DEFAULT_CHUNK_SIZE, size),
      roundTrip(randomBytes(size), DEFAULT_CHUNK_SIZE, size),
    ]);
    expect(a.reads[0]!.buffer).not.toBe(b.reads[0]!.buffer);
  });

  it('an encryption abandoned while a read is still running ends once the read is back, and wipes the ring', async () => {
    const plain = randomBytes(4 * REGION_BYTES);
    let release: (() => void) | null = null;
    const calls: Buffer[] = [];
    // Reads at once, except the third region's read, which waits for the test.
    const reader: PlaintextReader = {
      async readInto(into) {
        calls.push(into);
        if (calls.length === 3) await new Promise<void>((resolve) => (release = resolve));
        const at = (calls.length - 1) * REGION_BYTES;
        return plain.copy(into, 0, at, Math.min(at + into.length, plain.length));
      },
    };
    const enc = encryptDocument(reader, randomBytes(32), { sizeHint: HASH_IN_WORKER_FROM });
    await enc.output.next(); // the header
    await enc.output.next(); // the first piece: the second region is read, the third is being read
    const ended = enc.output.return(undefined);
    // The worker handles its messages in order: once another document's digest is back, it has
    // dropped the abandoned stream, and the read still running hands its region over only now.
    await roundTrip(randomBytes(HASH_IN_WORKER_FROM), DEFAULT_CHUNK_SIZE, HASH_IN_WORKER_FROM);
    expect(release).not.toBeNull();
    release!();
    await ended;
    expect(Buffer.from(calls[0]!.buffer).every((b) => b === 0)).toBe(true);
  });

  it('an encryption abandoned half-way still wipes the ring before it is reused', async () => {
    const size = 4 * REGION_BYTES;
    const reader = recordingReader(randomBytes(size));
    const enc = encryptDocument(reader, randomBytes(32), { sizeHint: HASH_IN_WORKER_FROM });
    for await (const piece of enc.output) if (piece.length > HEADER_LENGTH_V1) break;
    expect(Buffer.from(reader.calls[0]!.buffer).every((b) => b === 0)).toBe(true);
  });

  describe('sealDocument: the same format without the plaintext hash', () => {
    for (const size of [0, 1, REGION_BYTES + 1, HASH_IN_WORKER_FROM + 3]) {
      it(`${size} bytes: FORMAT.md's layout, byte-identical back, never hashed (no shared ring, no sha256)`, async () => {
        const plain = randomBytes(size);
        const key = randomBytes(32);
        const reader = recordingReader(plain);
        const sealing = sealDocument(reader, key, { sizeHint: size });
        expect(() => sealing.result()).toThrow();
        const parts: Buffer[] = [];
        for await (const piece of sealing.output) parts.push(piece);
        const file = Buffer.concat(parts);
        const chunks = Math.max(1, Math.ceil(size / DEFAULT_CHUNK_SIZE));
        expect(file.length).toBe(HEADER_LENGTH_V1 + size + chunks * TAG_LENGTH);
        const back: Buffer[] = [];
        for await (const piece of decryptDocument([file], key, { expectedFileId: sealing.fileId })) back.push(piece);
        expect(Buffer.concat(back).equals(plain)).toBe(true);
        expect(sealing.result()).toEqual({ fileId: sealing.fileId, chunkSize: DEFAULT_CHUNK_SIZE, size });
        // Large documents are read into ordinary memory, not the worker's shared ring, and it is wiped.
        const memory = reader.calls[0]!.buffer;
        expect(memory).not.toBeInstanceOf(SharedArrayBuffer);
        expect(Buffer.from(memory, reader.calls[0]!.byteOffset, reader.calls[0]!.length).every((b) => b === 0)).toBe(
          true,
        );
      });
    }
  });
});
