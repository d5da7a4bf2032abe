import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { releaseBuffer, wipeAndRelease } from '../../src-main/crypto/buffers';
import { CIPHER_PIECE, decryptDocument, encryptDocument } from '../../src-main/crypto/document-stream';

describe('releasing cipher output (issue 18)', () => {
  it('a buffer that owns its memory is released at once: it is empty afterwards', () => {
    const cipher = createCipheriv('aes-256-gcm', randomBytes(32), randomBytes(12));
    const out = cipher.update(randomBytes(100_000));
    expect(out.length).toBe(100_000);
    releaseBuffer(out);
    expect(out.length).toBe(0);
    expect(out.buffer.byteLength).toBe(0);
  });

  it('a view into memory it does not own is left alone (pool slices, subarrays, shared memory)', () => {
    const pooled = Buffer.from('kısa');
    const big = Buffer.alloc(1000, 7);
    const view = big.subarray(10, 20);
    const shared = Buffer.from(new SharedArrayBuffer(64));
    for (const b of [pooled, view, shared]) releaseBuffer(b);
    expect(pooled.toString()).toBe('kısa');
    expect(view.length).toBe(10);
    expect(big.length).toBe(1000);
    expect(shared.length).toBe(64);
  });

  it('wipeAndRelease zero-fills a buffer it cannot release', () => {
    const big = Buffer.alloc(100, 9);
    wipeAndRelease(big.subarray(0, 50));
    expect(big.subarray(0, 50).every((b) => b === 0)).toBe(true);
    expect(big[50]).toBe(9);
  });

  it('the encryptor hands out buffers the consumer may release, and the result is unchanged', async () => {
    const key = randomBytes(32);
    const plain = randomBytes(3 * CIPHER_PIECE + 5);
    const enc = encryptDocument([plain], key, { chunkSize: 2 * CIPHER_PIECE });
    const copies: Buffer[] = [];
    for await (const piece of enc.output) {
      expect(piece.length).toBeLessThanOrEqual(CIPHER_PIECE);
      copies.push(Buffer.from(piece));
      // As the file writer does once a piece is written.
      releaseBuffer(piece);
    }
    const out: Buffer[] = [];
    for await (const p of decryptDocument([Buffer.concat(copies)], key, { expectedFileId: enc.fileId })) {
      out.push(Buffer.from(p));
      wipeAndRelease(p);
    }
    expect(Buffer.concat(out).equals(plain)).toBe(true);
  });
});

describe('a released buffer', () => {
  it('can be wiped and released again without throwing (a detached buffer refuses fill)', () => {
    const out = createCipheriv('aes-256-gcm', randomBytes(32), randomBytes(12)).update(randomBytes(70_000));
    const tail = out.subarray(100);
    releaseBuffer(out);
    expect(() => wipeAndRelease(out)).not.toThrow();
    expect(() => wipeAndRelease(tail)).not.toThrow();
    expect(tail.length).toBe(0);
  });
});
