import { createHash, diffieHellman, hkdfSync, randomBytes, sign } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open as openFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { DocumentIntegrityError } from '../../crypto/document-format';
import { decryptDocument, sealDocument } from '../../crypto/document-stream';
import { writeThroughTemp } from '../../storage/document-store';
import { generatePair, publicKeyFromRaw, rawPublicKey } from '../reports/key-material';
import {
  base64KeySchema,
  hex64Schema,
  openSignedInner,
  parseVersionedJson,
  signatureSchema,
} from '../reports/signed-json';
import { refused } from './errors';
import { handoverFingerprint, type HandoverPublicKeys } from './key-file';
import type { HandoverKeys } from './key-store';

/**
 * The handover file (HANDOVER-FORMAT.md next to this file):
 *
 *   header line (JSON, then '\n'): { format, version, recipient, ephemeralKey }
 *   body: the document format v1 (crypto/FORMAT.md: chunked AES-256-GCM, every chunk's AAD binds
 *         the header digest, its index and whether it is last) under
 *         HKDF-SHA256(X25519(ephemeral, recipient), salt = ephemeral ‖ recipient key,
 *                     info = 'emanet/handover-seal/v1\n' ‖ recipient fingerprint)
 *   plaintext of the body: uint32_be(n) ‖ n bytes of the signed manifest (JSON) ‖ each
 *         document's plaintext, in the manifest's order, exactly its size
 *   signed manifest: { format, version, signer: { x25519, ed25519 }, recipient, payload, signature }
 *         signature: Ed25519 by the sender over 'emanet/handover-signature/v1\n' ‖ recipient ‖
 *         '\n' ‖ payload; the payload lists every document's size and SHA-256, so the signature
 *         covers the documents too, checked while they stream in.
 *
 * Outside the vault the file shows only the recipient key's fingerprint, a fresh ephemeral key and
 * its size: no names, ids or counts. Sign-then-seal, as the report envelope (reports/envelope.ts).
 */
export const HANDOVER_FORMAT = 'emanet-case-handover';
export const SIGNED_HANDOVER_FORMAT = 'emanet-signed-handover';
export const HANDOVER_VERSION = 1;
const MAX_HEADER = 1024;
const MAX_MANIFEST = 256 * 1024 * 1024;

const headerSchema = z.strictObject({
  format: z.literal(HANDOVER_FORMAT),
  version: z.literal(HANDOVER_VERSION),
  recipient: hex64Schema,
  ephemeralKey: base64KeySchema,
});
const signedSchema = z.strictObject({
  format: z.literal(SIGNED_HANDOVER_FORMAT),
  version: z.literal(HANDOVER_VERSION),
  signer: z.strictObject({ x25519: base64KeySchema, ed25519: base64KeySchema }),
  recipient: hex64Schema,
  payload: z.string(),
  signature: signatureSchema,
});

const signedBytes = (recipient: string, payload: string): Buffer =>
  Buffer.from(`emanet/handover-signature/v1\n${recipient}\n${payload}`, 'utf8');

function sealKey(shared: Buffer, ephemeralKey: string, recipientX: string, recipientFp: string): Buffer {
  const salt = Buffer.concat([Buffer.from(ephemeralKey, 'base64'), Buffer.from(recipientX, 'base64')]);
  return Buffer.from(hkdfSync('sha256', shared, salt, `emanet/handover-seal/v1\n${recipientFp}`, 32));
}

/** A document streamed into the file: its plaintext and the size the manifest promised. */
export interface OutgoingDocument {
  size: number;
  read: () => AsyncIterable<Buffer>;
}

/**
 * Writes a handover file to `out`: temp file next to it, fsync, rename, fsync the folder. The
 * documents are streamed one chunk at a time (never a whole document in memory).
 */
export async function writeHandoverFile(
  out: string,
  payload: string,
  documents: readonly OutgoingDocument[],
  sender: HandoverKeys,
  to: HandoverPublicKeys,
): Promise<{ bytes: number; sha256: string }> {
  const recipient = handoverFingerprint(to);
  const recipientKey = publicKeyFromRaw('X25519', to.x25519);
  if (!recipientKey) throw refused('handoverKey.invalid', 'The colleague\u2019s key is not valid');
  const manifest = Buffer.from(
    JSON.stringify({
      format: SIGNED_HANDOVER_FORMAT,
      version: HANDOVER_VERSION,
      signer: sender.publicKeys,
      recipient,
      payload,
      signature: sign(null, signedBytes(recipient, payload), sender.ed25519Private).toString('base64'),
    }),
    'utf8',
  );
  const ephemeral = generatePair('X25519');
  const ephemeralKey = rawPublicKey(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipientKey });
  const key = sealKey(shared, ephemeralKey, to.x25519, recipient);
  shared.fill(0);
  const header = Buffer.from(
    JSON.stringify({ format: HANDOVER_FORMAT, version: HANDOVER_VERSION, recipient, ephemeralKey }) + '\n',
    'utf8',
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(manifest.length);
  async function* plaintext(): AsyncGenerator<Buffer> {
    yield length;
    yield manifest;
    for (const doc of documents) {
      let n = 0;
      for await (const piece of doc.read()) {
        n += piece.length;
        yield piece;
      }
      if (n !== doc.size) throw new Error('A document changed size while it was handed over');
    }
  }
  const total = 4 + manifest.length + documents.reduce((s, d) => s + d.size, 0);
  const encryption = sealDocument(plaintext(), key, { sizeHint: total });
  const hash = createHash('sha256');
  let bytes = 0;
  async function* file(): AsyncGenerator<Buffer> {
    for (const piece of [header]) {
      hash.update(piece);
      bytes += piece.length;
      yield piece;
    }
    for await (const piece of encryption.output) {
      hash.update(piece);
      bytes += piece.length;
      yield piece;
    }
  }
  try {
    await writeThroughTemp(dirname(out), file(), (temp) => rename(temp, out));
  } finally {
    key.fill(0);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Exact byte counts out of the decrypted stream. */
class Taker {
  private rest: Buffer = Buffer.alloc(0);
  private ended = false;
  /** `key` is the stream's key, owned by the taker: zero-filled on close (the decryptor is lazy). */
  constructor(
    private readonly source: AsyncGenerator<Buffer, void, undefined>,
    private readonly key: Buffer,
  ) {}

  private async more(): Promise<boolean> {
    if (this.ended) return false;
    let next;
    try {
      next = await this.source.next();
    } catch (error) {
      throw asTampered(error);
    }
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.rest = this.rest.length === 0 ? next.value : Buffer.concat([this.rest, next.value]);
    return true;
  }

  async take(n: number): Promise<Buffer> {
    while (this.rest.length < n)
      if (!(await this.more())) throw refused('handover.tampered', 'The handover file is damaged');
    const out = this.rest.subarray(0, n);
    this.rest = this.rest.subarray(n);
    return out;
  }

  /** `n` bytes as a stream of pieces (a document), without gathering them. */
  async *stream(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.rest.length === 0 && !(await this.more()))
        throw refused('handover.tampered', 'The handover file is damaged');
      const piece = this.rest.subarray(0, Math.min(left, this.rest.length));
      this.rest = this.rest.subarray(piece.length);
      left -= piece.length;
      yield piece;
    }
  }

  /** The stream must end here, its last chunk authenticated: nothing added, nothing cut. */
  async end(): Promise<void> {
    if (this.rest.length > 0 || (await this.more())) throw refused('handover.tampered', 'The handover file is damaged');
  }

  async close(): Promise<void> {
    await this.source.return(undefined).catch(() => undefined);
    this.key.fill(0);
  }
}

function asTampered(error: unknown): unknown {
  return error instanceof DocumentIntegrityError
    ? refused('handover.tampered', 'The handover file is damaged or was altered')
    : error;
}

export interface OpenedHandover {
  payload: string;
  signer: HandoverPublicKeys;
  signerFingerprint: string;
  /** The documents' plaintext, in order, `size` bytes each. */
  document(size: number): AsyncIterable<Buffer>;
  /** Checks the file ends right after the last document. */
  end(): Promise<void>;
  close(): Promise<void>;
}

async function readHeader(path: string): Promise<{ line: string; length: number }> {
  const handle = await openFile(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_HEADER);
    const { bytesRead } = await handle.read(buffer, 0, MAX_HEADER, 0);
    const newline = buffer.subarray(0, bytesRead).indexOf(0x0a);
    if (newline < 0) throw refused('handover.notAHandoverFile', 'This is not a handover file');
    return { line: buffer.subarray(0, newline).toString('utf8'), length: newline + 1 };
  } finally {
    await handle.close();
  }
}

/**
 * Opens a handover file with this vault's keys, checks recipient and signature, and hands back
 * the verified payload and the documents' stream. `isTrusted` decides about the signer.
 */
export async function openHandoverFile(
  path: string,
  me: HandoverKeys,
  isTrusted: (fingerprint: string) => Promise<boolean>,
): Promise<OpenedHandover> {
  const { line, length } = await readHeader(path);
  const notAHandoverFile = () => refused('handover.notAHandoverFile', 'This is not a handover file');
  const tampered = () => refused('handover.tampered', 'The handover file is damaged or was altered');
  const header = parseVersionedJson(
    line,
    { format: HANDOVER_FORMAT, version: HANDOVER_VERSION, schema: headerSchema },
    {
      notJson: notAHandoverFile,
      otherFormat: notAHandoverFile,
      otherVersion: () =>
        refused('handover.unsupportedVersion', 'This handover file comes from an unsupported version'),
      damaged: tampered,
    },
  );
  if (header.recipient !== me.fingerprint)
    throw refused('handover.wrongRecipient', 'This handover was sealed to another lawyer\u2019s key');
  const ephemeral = publicKeyFromRaw('X25519', header.ephemeralKey);
  if (!ephemeral) throw tampered();
  const shared = diffieHellman({ privateKey: me.x25519Private, publicKey: ephemeral });
  const key = sealKey(shared, header.ephemeralKey, me.publicKeys.x25519, me.fingerprint);
  shared.fill(0);
  const taker = new Taker(
    decryptDocument(createReadStream(path, { start: length, highWaterMark: 256 * 1024 }), key),
    key,
  );
  try {
    const size = (await taker.take(4)).readUInt32BE(0);
    if (size > MAX_MANIFEST) throw tampered();
    const signed = openSignedInner(
      (await taker.take(size)).toString('utf8'),
      {
        schema: signedSchema,
        recipient: me.fingerprint,
        signer: (f) => f.signer.ed25519,
        signedBytes: (f) => signedBytes(f.recipient, f.payload),
      },
      {
        damaged: tampered,
        badSignature: () => refused('handover.badSignature', 'The signature on this handover does not verify'),
      },
    );
    const signerFingerprint = handoverFingerprint(signed.signer);
    if (!(await isTrusted(signerFingerprint)))
      throw refused(
        'handover.untrustedSender',
        'This handover was signed by a lawyer this vault does not trust yet',
        'FORBIDDEN',
      );
    return {
      payload: signed.payload,
      signer: signed.signer,
      signerFingerprint,
      document: (n) => taker.stream(n),
      end: () => taker.end(),
      close: () => taker.close(),
    };
  } catch (error) {
    await taker.close();
    throw error;
  }
}

/** A fresh secret for the confirmation code (inside the sealed payload only). */
export const confirmationSecret = (): string => randomBytes(32).toString('base64');

/**
 * The code the recipient reads back to the sender: 12 digits in groups of four, from the secret
 * only the opened file holds. The sender keeps its SHA-256, never the code.
 */
export function confirmationCode(secret: string, handoverId: string): string {
  const digest = createHash('sha256').update(`emanet/handover-confirmation/v1\n${handoverId}\n${secret}`).digest();
  const n = digest.readBigUInt64BE(0) % 10n ** 12n;
  const digits = n.toString().padStart(12, '0');
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

export const normalizeCode = (code: string): string => code.replace(/[^0-9]/g, '');
export const codeHash = (code: string): string =>
  createHash('sha256')
    .update(`emanet/handover-code/v1\n${normalizeCode(code)}`)
    .digest('hex');
