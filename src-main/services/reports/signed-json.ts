import { verify } from 'node:crypto';
import { z } from 'zod';
import { publicKeyFromRaw } from './key-material';

/**
 * The steps every signed JSON file Emanet reads shares (the handover key file, the organisation's
 * key file, the signed playbook, the sealed report and the handover file): parse the text, check
 * the format and version, check the schema, check the Ed25519 signature. Each file keeps its own
 * refusals (reasons and messages) and passes them in; the order of the checks is the same for all.
 */

/** A raw 32-byte X25519/Ed25519 public key in base64. */
export const base64KeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
/** A SHA-256 fingerprint in lowercase hex. */
export const hex64Schema = z.string().regex(/^[0-9a-f]{64}$/);
/** An Ed25519 signature (64 bytes) in base64. */
export const signatureSchema = z.string().regex(/^[A-Za-z0-9+/]{86}==$/);

/** JSON text checked against `schema`; text that is not JSON, or not of that shape, throws `refuse()`. */
export function parseJsonAs<S extends z.ZodType>(text: string, schema: S, refuse: () => Error): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse();
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw refuse();
  return parsed.data;
}

export interface VersionedRefusals {
  /** Not JSON at all. */
  notJson: () => Error;
  /** JSON, but not of this format. */
  otherFormat: () => Error;
  /** This format, written by a version this one does not read. */
  otherVersion: () => Error;
  /** This format and version, but not of its shape: damaged or altered. */
  damaged: () => Error;
}

/**
 * A file that names its `format` and `version`: another format, another version and a damaged
 * file are three different refusals, told apart before the full schema is applied.
 */
export function parseVersionedJson<S extends z.ZodType>(
  text: string,
  file: { format: string; version: number; schema: S },
  refuse: VersionedRefusals,
): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse.notJson();
  }
  const head = z.object({ format: z.string(), version: z.unknown() }).safeParse(json);
  if (!head.success || head.data.format !== file.format) throw refuse.otherFormat();
  if (head.data.version !== file.version) throw refuse.otherVersion();
  const parsed = file.schema.safeParse(json);
  if (!parsed.success) throw refuse.damaged();
  return parsed.data;
}

/** Whether `signature` (base64) signs `bytes` under the raw Ed25519 key `signer`; a bad key never verifies. */
export function ed25519Verifies(signer: string, bytes: Buffer, signature: string): boolean {
  const key = publicKeyFromRaw('Ed25519', signer);
  return key !== null && verify(null, bytes, key, Buffer.from(signature, 'base64'));
}

/**
 * A public key file signed by its own Ed25519 key (the handover key file, the organisation's key
 * file): parsed with `schema`, both keys valid, the self-signature over `signedBytes` holding.
 */
export function readSelfSignedKeyFile<F extends { x25519: string; ed25519: string; signature: string }>(
  text: string,
  file: { schema: z.ZodType<F>; signedBytes: (f: F) => Buffer },
  refuse: { invalid: () => Error; altered: () => Error },
): F {
  const f = parseJsonAs(text, file.schema, refuse.invalid);
  if (!publicKeyFromRaw('Ed25519', f.ed25519) || !publicKeyFromRaw('X25519', f.x25519)) throw refuse.invalid();
  if (!ed25519Verifies(f.ed25519, file.signedBytes(f), f.signature)) throw refuse.altered();
  return f;
}

/**
 * The signed inside of a sign-then-seal file (the sealed report, the handover file), once
 * decrypted: parsed with `schema`, addressed to `recipient` (else damaged: the signature names the
 * recipient so that nobody who could open it re-seals it to someone else), and signed by the key
 * `signer` names over `signedBytes`.
 */
export function openSignedInner<F extends { recipient: string; signature: string }>(
  text: string,
  inner: { schema: z.ZodType<F>; recipient: string; signer: (f: F) => string; signedBytes: (f: F) => Buffer },
  refuse: { damaged: () => Error; badSignature: () => Error },
): F {
  const f = parseJsonAs(text, inner.schema, refuse.damaged);
  if (f.recipient !== inner.recipient) throw refuse.damaged();
  if (!ed25519Verifies(inner.signer(f), inner.signedBytes(f), f.signature)) throw refuse.badSignature();
  return f;
}
