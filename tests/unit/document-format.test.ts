import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AAD_LENGTH,
  chunkAad,
  chunkNonce,
  createHeader,
  DEFAULT_CHUNK_SIZE,
  DocumentIntegrityError,
  HEADER_LENGTH_V1,
  NONCE_LENGTH,
  TAG_LENGTH,
} from '../../src-main/crypto/document-format';
import { decryptDocument, encryptDocument } from '../../src-main/crypto/document-stream';

const CHUNK = DEFAULT_CHUNK_SIZE;
const RECORD = CHUNK + TAG_LENGTH;

async function collect(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of stream) parts.push(p);
  return Buffer.concat(parts);
}

/** Feeds the plaintext in odd-sized pieces so chunk boundaries never line up with input ones. */
function* pieces(data: Buffer, size = 10_007): Generator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function encrypt(plain: Buffer, key: Buffer) {
  const enc = encryptDocument(pieces(plain), key);
  const file = await collect(enc.output);
  return { file, ...enc.result() };
}

/** Decrypts and records what the decryptor yielded before it failed. */
async function decrypt(file: Buffer, key: Buffer, expectedFileId?: Buffer) {
  const yielded: Buffer[] = [];
  try {
    for await (const p of decryptDocument(pieces(file, 4099), key, expectedFileId ? { expectedFileId } : {}))
      yielded.push(p);
    return { ok: true as const, plain: Buffer.concat(yielded), yielded };
  } catch (error) {
    return { ok: false as const, error, yielded };
  }
}

const chunkAt = (file: Buffer, i: number) =>
  file.subarray(HEADER_LENGTH_V1 + i * RECORD, HEADER_LENGTH_V1 + (i + 1) * RECORD);
const header = (file: Buffer) => file.subarray(0, HEADER_LENGTH_V1);

describe('document format v1: round trip', () => {
  const key = randomBytes(32);
  for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 17]) {
    it(`is byte-identical for ${size} bytes, with the plaintext SHA-256 and size`, async () => {
      const plain = randomBytes(size);
      const { file, sha256, size: n, fileId } = await encrypt(plain, key);
      const chunks = Math.max(1, Math.ceil(size / CHUNK));
      expect(file.length).toBe(HEADER_LENGTH_V1 + size + chunks * TAG_LENGTH);
      expect(n).toBe(size);
      expect(sha256).toBe((await import('node:crypto')).createHash('sha256').update(plain).digest('hex'));
      const out = await decrypt(file, key, fileId);
      expect(out.ok && out.plain.equals(plain)).toBe(true);
    });
  }

  it('encrypting the same plaintext twice gives different files (fresh file id and nonce prefix)', async () => {
    const plain = randomBytes(1000);
    const a = await encrypt(plain, key);
    const b = await encrypt(plain, key);
    expect(a.file.equals(b.file)).toBe(false);
    expect(a.fileId.equals(b.fileId)).toBe(false);
  });

  it('the file does not contain the plaintext', async () => {
    const canary = Buffer.from('KANARYA-gizli-karar-metni-'.repeat(100));
    const { file } = await encrypt(canary, key);
    expect(file.includes(Buffer.from('KANARYA-gizli'))).toBe(false);
  });

  it('a chunk nonce and AAD written into a reused buffer are the same bytes as freshly allocated ones (issue 18)', () => {
    const header = createHeader();
    const nonce = Buffer.alloc(NONCE_LENGTH, 0xff);
    const aad = Buffer.alloc(AAD_LENGTH, 0xff);
    for (const [index, last] of [
      [0, false],
      [7, true],
      [0xfffffffe, false],
    ] as const) {
      expect(chunkNonce(header, index, nonce)).toBe(nonce);
      expect(nonce.equals(chunkNonce(header, index))).toBe(true);
      expect(chunkAad(header, index, last, aad)).toBe(aad);
      expect(aad.equals(chunkAad(header, index, last))).toBe(true);
    }
    expect(() => chunkNonce(header, 1, Buffer.alloc(NONCE_LENGTH + 1))).toThrow(RangeError);
  });
});

describe('document format v1: tampering is refused', () => {
  const key = randomBytes(32);
  const plain = randomBytes(3 * CHUNK + 17);
  let file: Buffer;
  let fileId: Buffer;
  const ready = encrypt(plain, key).then((r) => ({ file, fileId } = r));

  async function expectRefused(tampered: Buffer, opts: { maxYieldedChunks?: number; id?: Buffer } = {}) {
    const out = await decrypt(tampered, key, opts.id);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toBeInstanceOf(DocumentIntegrityError);
    // Whatever was yielded before the failure must be authentic plaintext of earlier chunks.
    const yielded = Buffer.concat(out.yielded);
    expect(yielded.equals(plain.subarray(0, yielded.length))).toBe(true);
    // A chunk's plaintext may come in several pieces (CIPHER_PIECE): count bytes, not pieces.
    expect(yielded.length).toBeLessThanOrEqual((opts.maxYieldedChunks ?? 0) * CHUNK);
    return out;
  }
  const flip = (buf: Buffer, at: number) => {
    const copy = Buffer.from(buf);
    copy[at] = (copy[at] ?? 0) ^ 0x01;
    return copy;
  };

  it('a flipped byte anywhere in the header (magic, flags, file id, chunk size, nonce prefix, reserved)', async () => {
    await ready;
    for (let at = 0; at < HEADER_LENGTH_V1; at++) await expectRefused(flip(file, at));
  });

  it('a flipped byte in a chunk body yields nothing of that chunk', async () => {
    await ready;
    await expectRefused(flip(file, HEADER_LENGTH_V1 + 5));
    // Chunk 2 tampered: chunks 0 and 1 may come out, never chunk 2.
    const out = await expectRefused(flip(file, HEADER_LENGTH_V1 + 2 * RECORD + 100), { maxYieldedChunks: 2 });
    expect(Buffer.concat(out.yielded).length).toBeLessThanOrEqual(2 * CHUNK);
  });

  it('a flipped byte in a tag', async () => {
    await ready;
    await expectRefused(flip(file, HEADER_LENGTH_V1 + RECORD - 1));
    await expectRefused(flip(file, file.length - 1), { maxYieldedChunks: 3 });
  });

  it('two chunks reordered', async () => {
    await ready;
    const swapped = Buffer.concat([
      header(file),
      chunkAt(file, 1),
      chunkAt(file, 0),
      file.subarray(HEADER_LENGTH_V1 + 2 * RECORD),
    ]);
    await expectRefused(swapped);
  });

  it('a chunk duplicated', async () => {
    await ready;
    const dup = Buffer.concat([
      header(file),
      chunkAt(file, 0),
      chunkAt(file, 0),
      file.subarray(HEADER_LENGTH_V1 + RECORD),
    ]);
    await expectRefused(dup, { maxYieldedChunks: 1 });
  });

  it('the last chunk dropped (truncation at a chunk boundary) and truncation inside a chunk', async () => {
    await ready;
    await expectRefused(file.subarray(0, HEADER_LENGTH_V1 + 3 * RECORD), { maxYieldedChunks: 2 });
    await expectRefused(file.subarray(0, file.length - 5), { maxYieldedChunks: 3 });
    await expectRefused(file.subarray(0, HEADER_LENGTH_V1 + RECORD + 7), { maxYieldedChunks: 1 });
    await expectRefused(file.subarray(0, HEADER_LENGTH_V1));
    await expectRefused(file.subarray(0, 20));
  });

  it('a chunk appended after the last one', async () => {
    await ready;
    await expectRefused(Buffer.concat([file, chunkAt(file, 1)]), { maxYieldedChunks: 3 });
    await expectRefused(Buffer.concat([file, Buffer.alloc(1)]), { maxYieldedChunks: 3 });
  });

  it('a chunk swapped in from another file under the same key', async () => {
    await ready;
    const other = (await encrypt(plain, key)).file;
    const mixed = Buffer.concat([
      header(file),
      chunkAt(file, 0),
      chunkAt(other, 1),
      file.subarray(HEADER_LENGTH_V1 + 2 * RECORD),
    ]);
    await expectRefused(mixed, { maxYieldedChunks: 1 });
    // The other file's header on this file's chunks fails too.
    await expectRefused(Buffer.concat([header(other), file.subarray(HEADER_LENGTH_V1)]));
  });

  it('another file in place of the expected one (file id checked against the storage name)', async () => {
    await ready;
    const other = await encrypt(plain, key);
    const out = await expectRefused(other.file, { id: fileId });
    expect(!out.ok && (out.error as DocumentIntegrityError).reason).toBe('file-id');
  });

  it('the wrong key', async () => {
    await ready;
    const out = await decrypt(file, randomBytes(32));
    expect(out.ok).toBe(false);
    expect(out.yielded).toEqual([]);
  });

  it('an unknown version byte is refused outright, never tried as v1', async () => {
    await ready;
    for (const version of [0, 2, 255]) {
      const v = Buffer.from(file);
      v[6] = version;
      const out = await expectRefused(v);
      expect(!out.ok && (out.error as DocumentIntegrityError).reason).toBe('version');
    }
  });
});

describe('document format v1: constant memory', () => {
  /** Encrypts a generated stream straight into the decryptor; returns bytes out and peak RSS. */
  async function roundTrip(total: number): Promise<{ out: number; size: number; growth: number }> {
    const key = randomBytes(32);
    const block = randomBytes(100_003);
    function* generated() {
      for (let sent = 0; sent < total; sent += block.length)
        yield block.subarray(0, Math.min(block.length, total - sent));
    }
    const before = process.memoryUsage().rss;
    let peak = before;
    const enc = encryptDocument(generated(), key);
    let out = 0;
    // Ciphertext is piped straight into the decryptor: nothing of the file is kept anywhere.
    for await (const plain of decryptDocument(enc.output, key, { expectedFileId: enc.fileId })) {
      out += plain.length;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    return { out, size: enc.result().size, growth: peak - before };
  }

  it('streams 256 MiB through encrypt and decrypt with RSS growth under a quarter of the size', async () => {
    // A first pass lets the JIT and the GC settle; a cold process grows its heap once regardless.
    await roundTrip(16 * 1024 * 1024);
    // Larger than asked (64 MiB) on purpose: GC slack is a fixed 20–50 MiB (more under CPU
    // contention), retention would scale with the size.
    const total = 256 * 1024 * 1024;
    const { out, size, growth } = await roundTrip(total);
    expect(out).toBe(total);
    expect(size).toBe(total);
    expect(growth).toBeLessThan(total / 4);
  });
});
