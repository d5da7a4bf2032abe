import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { kSchema } from '../../shared/schemas/report';
import { refused } from './errors';
import { fingerprintHex } from './fingerprint';
import { publicKeyFromRaw } from './key-material';

/**
 * The organisation's public key file, handed to lawyers (USB stick, email: it is public). It
 * carries the organisation's k, signed by the organisation's Ed25519 key, so that a lawyer's
 * export uses the threshold the organisation set and nobody on the way can lower it.
 */
export const ORG_KEY_FORMAT = 'emanet-org-public-key';
const base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

export const orgKeyFileSchema = z.strictObject({
  format: z.literal(ORG_KEY_FORMAT),
  version: z.literal(1),
  x25519: base64Key,
  ed25519: base64Key,
  k: kSchema,
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export type OrgKeyFile = z.output<typeof orgKeyFileSchema>;

const signedBytes = (f: Pick<OrgKeyFile, 'x25519' | 'ed25519' | 'k'>): Buffer =>
  Buffer.from(`${ORG_KEY_FORMAT}/v1\n${f.x25519}\n${f.ed25519}\n${f.k}`, 'utf8');

export const orgFingerprint = (f: Pick<OrgKeyFile, 'x25519' | 'ed25519'>): string =>
  fingerprintHex('org', [f.x25519, f.ed25519]);

export function makeOrgKeyFile(x25519: string, ed25519: string, k: number, signingKey: KeyObject): OrgKeyFile {
  const body = { x25519, ed25519, k };
  return { format: ORG_KEY_FORMAT, version: 1, ...body, signature: sign(null, signedBytes(body), signingKey).toString('base64') };
}

/** Parses and checks a key file's self-signature; refuses anything else with a reason. */
export function readOrgKeyFile(text: string): OrgKeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refused('orgKey.invalid', 'This is not an organisation key file');
  }
  const parsed = orgKeyFileSchema.safeParse(json);
  if (!parsed.success) throw refused('orgKey.invalid', 'This is not an organisation key file');
  const f = parsed.data;
  const ed = publicKeyFromRaw('Ed25519', f.ed25519);
  if (!ed || !publicKeyFromRaw('X25519', f.x25519))
    throw refused('orgKey.invalid', 'This is not an organisation key file');
  if (!verify(null, signedBytes(f), ed, Buffer.from(f.signature, 'base64')))
    throw refused('orgKey.badSignature', 'The organisation key file was altered');
  return f;
}
