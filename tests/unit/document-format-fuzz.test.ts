/**
 * Property tests for the v1 document format (FORMAT.md) with fast-check: random small
 * plaintexts (0–3 chunks at the smallest chunk size, 1 KiB) and random damage — one byte xor-ed
 * with a random non-zero mask anywhere in the file (header fields including the nonce prefix,
 * ciphertext, tag), a random truncation length, and a random re-arrangement of the chunks
 * (permutation, drop, duplication). Every damaged file must be refused with
 * DocumentIntegrityError, and what the decryptor yielded before refusing must be exactly the
 * authentic chunks in front of the damage: never a byte of the damaged chunk or anything after.
 * The file is fed to the decryptor in random-sized pieces so chunk boundaries and input
 * boundaries never line up the same way twice.
 */
import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentIntegrityError, HEADER_LENGTH_V1, TAG_LENGTH } from '../../src-main/crypto/document-format';
import { decryptDocument, encryptDocument } from '../../src-main/crypto/document-stream';

const CHUNK = 1024;
const RECORD = CHUNK + TAG_LENGTH;
const RUNS = 200;

interface Sample {
  plain: Buffer;
  key: Buffer;
  file: Buffer;
  /** The sealed records (ciphertext ‖ tag) in file order. */
  records: Buffer[];
}

async function encrypt(plain: Buffer, key: Buffer): Promise<Sample> {
  const parts: Buffer[] = [];
  const enc = encryptDocument([plain], key, { chunkSize: CHUNK });
  for await (const p of enc.output) parts.push(p);
  const file = Buffer.concat(parts);
  expect(enc.result().sha256).toBe(createHash('sha256').update(plain).digest('hex'));
  const records: Buffer[] = [];
  for (let at = HEADER_LENGTH_V1; at < file.length; at += RECORD) records.push(file.subarray(at, at + RECORD));
  return { plain, key, file, records };
}

function* split(bytes: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Decrypts and records every piece yielded before the stream ended or failed. */
async function decrypt(file: Buffer, key: Buffer, pieceSize: number) {
  const yielded: Buffer[] = [];
  try {
    for await (const p of decryptDocument(split(file, pieceSize), key)) yielded.push(Buffer.from(p));
    return { error: undefined, yielded: Buffer.concat(yielded) };
  } catch (error) {
    return { error, yielded: Buffer.concat(yielded) };
  }
}

/** Refused with the integrity error, having yielded exactly the first `authenticChunks` chunks. */
async function expectRefused(sample: Sample, damaged: Buffer, authenticChunks: number, pieceSize: number) {
  const out = await decrypt(damaged, sample.key, pieceSize);
  expect(out.error).toBeInstanceOf(DocumentIntegrityError);
  expect(out.yielded.length).toBe(Math.min(sample.plain.length, authenticChunks * CHUNK));
  expect(out.yielded.equals(sample.plain.subarray(0, out.yielded.length))).toBe(true);
}

/** 0 … 3 chunks: empty, short, exactly at and around the chunk boundaries. */
const plaintext = fc.oneof(
  fc.constantFrom(0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK - 1, 3 * CHUNK),
  fc.integer({ min: 0, max: 3 * CHUNK }),
);
const pieceSize = fc.oneof(fc.constantFrom(1, 7, CHUNK, RECORD, RECORD + 1), fc.integer({ min: 1, max: 5000 }));
const mask = fc.integer({ min: 1, max: 255 });

/** Where to flip: a named region of the file, resolved against the sample's actual layout. */
const target = fc.oneof(
  fc.record({ region: fc.constant('header' as const), at: fc.integer({ min: 0, max: HEADER_LENGTH_V1 - 1 }) }),
  // The nonce prefix (offset 30, 8 bytes) gets its own arm so it is hit often, not 1 in 40 header flips.
  fc.record({ region: fc.constant('nonce' as const), at: fc.integer({ min: 30, max: 37 }) }),
  fc.record({ region: fc.constant('ciphertext' as const), chunk: fc.nat(), at: fc.nat() }),
  fc.record({ region: fc.constant('tag' as const), chunk: fc.nat(), at: fc.integer({ min: 0, max: TAG_LENGTH - 1 }) }),
  fc.record({ region: fc.constant('anywhere' as const), at: fc.nat() }),
);
type Target = typeof target extends fc.Arbitrary<infer T> ? T : never;

/** The absolute offset to flip and the index of the first chunk it damages. */
function resolve(sample: Sample, t: Target): { offset: number; chunk: number } {
  const n = sample.records.length;
  const chunkOf = (offset: number) =>
    offset < HEADER_LENGTH_V1 ? 0 : Math.floor((offset - HEADER_LENGTH_V1) / RECORD);
  switch (t.region) {
    case 'header':
    case 'nonce':
      return { offset: t.at, chunk: 0 };
    case 'anywhere': {
      const offset = t.at % sample.file.length;
      return { offset, chunk: chunkOf(offset) };
    }
    case 'ciphertext': {
      const chunk = t.chunk % n;
      const body = sample.records[chunk]!.length - TAG_LENGTH;
      // An empty last chunk has no ciphertext bytes: its tag is all there is to flip.
      const inRecord = body === 0 ? t.at % TAG_LENGTH : t.at % body;
      return { offset: HEADER_LENGTH_V1 + chunk * RECORD + inRecord, chunk };
    }
    case 'tag': {
      const chunk = t.chunk % n;
      const body = sample.records[chunk]!.length - TAG_LENGTH;
      return { offset: HEADER_LENGTH_V1 + chunk * RECORD + body + t.at, chunk };
    }
  }
}

describe('document format v1: random damage is always refused (fast-check)', () => {
  it('a random byte anywhere (header, nonce prefix, ciphertext, tag) xor a random non-zero mask', async () => {
    await fc.assert(
      fc.asyncProperty(plaintext, target, mask, pieceSize, async (size, t, m, piece) => {
        const sample = await encrypt(randomBytes(size), randomBytes(32));
        const { offset, chunk } = resolve(sample, t);
        const damaged = Buffer.from(sample.file);
        damaged[offset] = damaged[offset]! ^ m;
        // A header byte breaks every chunk's AAD (or a header check): nothing at all comes out.
        await expectRefused(sample, damaged, chunk, piece);
      }),
      { numRuns: RUNS },
    );
  });

  it('a random truncation length (at and between chunk boundaries, inside the header, empty)', async () => {
    await fc.assert(
      fc.asyncProperty(plaintext, fc.nat(), fc.boolean(), pieceSize, async (size, cut, atBoundary, piece) => {
        const sample = await encrypt(randomBytes(size), randomBytes(32));
        const n = sample.records.length;
        // Half the runs cut exactly at a chunk boundary (dropping whole chunks from the end).
        const length = atBoundary ? HEADER_LENGTH_V1 + (cut % n) * RECORD : cut % sample.file.length;
        // The chunk the cut lands in, or the one that becomes "last" without being sealed as
        // last, fails; every complete chunk before it is authentic.
        const body = length - HEADER_LENGTH_V1;
        const authentic = body <= 0 ? 0 : Math.ceil(body / RECORD) - 1;
        await expectRefused(sample, sample.file.subarray(0, length), authentic, piece);
      }),
      { numRuns: RUNS },
    );
  });

  it('a random re-arrangement of the chunks (permutation, dropped or duplicated chunks)', async () => {
    const arrangement = fc.oneof(
      // A permutation of all chunks (as random sort keys).
      fc.record({
        kind: fc.constant('permute' as const),
        keys: fc.array(fc.double({ noNaN: true }), { minLength: 4, maxLength: 4 }),
      }),
      // Any sequence of chunk indices: drops, duplicates and reorders at once.
      fc.record({ kind: fc.constant('sequence' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 * CHUNK }), arrangement, pieceSize, async (size, arr, piece) => {
        const sample = await encrypt(randomBytes(size), randomBytes(32));
        const n = sample.records.length;
        const order =
          arr.kind === 'permute'
            ? Array.from({ length: n }, (_, i) => i).sort((a, b) => arr.keys[a]! - arr.keys[b]! || a - b)
            : arr.picks.map((p) => p % n);
        const identity = order.length === n && order.every((c, i) => c === i);
        fc.pre(!identity);
        // The first position whose chunk is out of place, or whose "last" flag no longer
        // matches how it was sealed, is where decryption stops.
        let stop = 0;
        const inPlace = (i: number) => order[i] === i && (i === n - 1) === (i === order.length - 1);
        while (stop < order.length && inPlace(stop)) stop++;
        const damaged = Buffer.concat([
          sample.file.subarray(0, HEADER_LENGTH_V1),
          ...order.map((c) => sample.records[c]!),
        ]);
        await expectRefused(sample, damaged, stop, piece);
      }),
      { numRuns: RUNS },
    );
  });

  it('an intact file in random-sized pieces always round-trips byte-identical', async () => {
    await fc.assert(
      fc.asyncProperty(plaintext, pieceSize, async (size, piece) => {
        const sample = await encrypt(randomBytes(size), randomBytes(32));
        expect(sample.file.length).toBe(HEADER_LENGTH_V1 + size + Math.max(1, Math.ceil(size / CHUNK)) * TAG_LENGTH);
        const out = await decrypt(sample.file, sample.key, piece);
        expect(out.error).toBeUndefined();
        expect(out.yielded.equals(sample.plain)).toBe(true);
      }),
      { numRuns: RUNS / 2 },
    );
  });
});
