/**
 * The frozen v1 fixture (tests/fixtures/documents/README.md): a document encrypted once by the
 * v1 code and committed. Every future version must keep decrypting it to the same plaintext —
 * a new format version adds a reader path, it never drops the v1 one. The fixture itself is
 * pinned by its own SHA-256, so "fixing" the test by regenerating the file fails too.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DocumentIntegrityError,
  HEADER_LENGTH_V1,
  parseHeader,
  TAG_LENGTH,
} from '../../src-main/crypto/document-format';
import { decryptDocument } from '../../src-main/crypto/document-stream';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'documents');
const FILE_ID = '2317df38c51c1645b7142879f6dc35da';
const PLAIN_SIZE = 2548;
const CHUNK = 1024;
/** Pinned here as well as in the fixture folder: both would have to be changed to regenerate. */
const CIPHERTEXT_SHA256 = 'f10fb05f2d6a45e42d7bf66a863166f0e553e7d41a894ddd4a28996bd5eb3709';
const PLAINTEXT_SHA256 = '73fd562082dec23010fabb913a50ecea6580a0174e87b33cc8540a57e6d02484';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const text = async (name: string) => (await readFile(join(DIR, name), 'utf8')).trim();

/** The plaintext the fixture was made from (README.md describes it). */
function fixturePlaintext(): Buffer {
  let s = '';
  for (let i = 0; s.length < PLAIN_SIZE; i++)
    s += `Emanet v1 fixture line ${String(i).padStart(4, '0')}: Tahliye karari, zeytinburnu.\n`;
  return Buffer.from(s.slice(0, PLAIN_SIZE), 'latin1');
}

async function decryptAll(file: Buffer, key: Buffer, expectedFileId?: Buffer): Promise<Buffer> {
  const parts: Buffer[] = [];
  // Odd-sized pieces: the reader must not depend on how the bytes arrive.
  const pieces = Array.from({ length: Math.ceil(file.length / 333) }, (_, i) => file.subarray(i * 333, i * 333 + 333));
  for await (const p of decryptDocument(pieces, key, expectedFileId ? { expectedFileId } : {})) parts.push(p);
  return Buffer.concat(parts);
}

describe('frozen v1 document fixture', () => {
  it('is the committed file, unchanged (never regenerated)', async () => {
    const file = await readFile(join(DIR, FILE_ID));
    expect(sha256(file)).toBe(CIPHERTEXT_SHA256);
    expect(await text('ciphertext.sha256')).toBe(CIPHERTEXT_SHA256);
    expect(await text('plaintext.sha256')).toBe(PLAINTEXT_SHA256);
    expect(sha256(fixturePlaintext())).toBe(PLAINTEXT_SHA256);
  });

  it('has a v1 header: magic EMNDOC, version byte 1, 40 bytes, its file id, 1 KiB chunks, three chunks', async () => {
    const file = await readFile(join(DIR, FILE_ID));
    expect(file.subarray(0, 6).toString('latin1')).toBe('EMNDOC');
    expect(file[6]).toBe(1);
    expect(file.readUInt16BE(8)).toBe(40);
    const header = parseHeader(file.subarray(0, HEADER_LENGTH_V1));
    expect(header.version).toBe(1);
    expect(header.fileId.toString('hex')).toBe(FILE_ID);
    expect(header.chunkSize).toBe(CHUNK);
    expect(file.length).toBe(HEADER_LENGTH_V1 + PLAIN_SIZE + 3 * TAG_LENGTH);
  });

  it('decrypts with the current code to the original plaintext (SHA-256 and bytes)', async () => {
    const file = await readFile(join(DIR, FILE_ID));
    const key = Buffer.from(await text('key.hex'), 'hex');
    expect(key.length).toBe(32);
    const plain = await decryptAll(file, key, Buffer.from(FILE_ID, 'hex'));
    expect(sha256(plain)).toBe(PLAINTEXT_SHA256);
    expect(plain.equals(fixturePlaintext())).toBe(true);
  });

  it('is still authenticated: one flipped byte of the fixture is refused', async () => {
    const file = Buffer.from(await readFile(join(DIR, FILE_ID)));
    const key = Buffer.from(await text('key.hex'), 'hex');
    const at = HEADER_LENGTH_V1 + CHUNK + TAG_LENGTH + 10;
    file[at] = file[at]! ^ 0x20;
    await expect(decryptAll(file, key)).rejects.toBeInstanceOf(DocumentIntegrityError);
  });
});
