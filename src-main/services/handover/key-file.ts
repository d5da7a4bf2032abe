import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { writeFileAtomic } from '../../storage/atomic-write';
import { FILE_MODE } from '../../storage/vault-paths';
import { fingerprintHex, fingerprintWords } from '../reports/fingerprint';
import { publicKeyFromRaw } from '../reports/key-material';
import { refused } from './errors';

/**
 * A lawyer's handover key file, handed to colleagues (it is public): the X25519 key handovers are
 * sealed to and the Ed25519 key the lawyer's own handovers are signed with, self-signed so that a
 * file altered on the way is refused. Colleagues compare its fingerprint words before trusting it.
 */
export const HANDOVER_KEY_FORMAT = 'emanet-handover-key';
export const HANDOVER_KEY_VERSION = 1;
const base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

export const handoverKeyFileSchema = z.strictObject({
  format: z.literal(HANDOVER_KEY_FORMAT),
  version: z.literal(HANDOVER_KEY_VERSION),
  x25519: base64Key,
  ed25519: base64Key,
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export type HandoverKeyFile = z.output<typeof handoverKeyFileSchema>;
export interface HandoverPublicKeys {
  x25519: string;
  ed25519: string;
}

const signedBytes = (k: HandoverPublicKeys): Buffer =>
  Buffer.from(`${HANDOVER_KEY_FORMAT}/v${HANDOVER_KEY_VERSION}\n${k.x25519}\n${k.ed25519}`, 'utf8');

export const handoverFingerprint = (k: HandoverPublicKeys): string => fingerprintHex('handover', [k.x25519, k.ed25519]);
export const handoverWords = (k: HandoverPublicKeys): string => fingerprintWords(handoverFingerprint(k));

export function makeHandoverKeyFile(keys: HandoverPublicKeys, signingKey: KeyObject): HandoverKeyFile {
  return {
    format: HANDOVER_KEY_FORMAT,
    version: HANDOVER_KEY_VERSION,
    x25519: keys.x25519,
    ed25519: keys.ed25519,
    signature: sign(null, signedBytes(keys), signingKey).toString('base64'),
  };
}

/** Parses a key file and checks its self-signature; refuses anything else with a reason. */
export function readHandoverKeyFile(text: string): HandoverKeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refused('handoverKey.invalid', 'This is not a handover key file');
  }
  const parsed = handoverKeyFileSchema.safeParse(json);
  if (!parsed.success) throw refused('handoverKey.invalid', 'This is not a handover key file');
  const f = parsed.data;
  const ed = publicKeyFromRaw('Ed25519', f.ed25519);
  if (!ed || !publicKeyFromRaw('X25519', f.x25519))
    throw refused('handoverKey.invalid', 'This is not a handover key file');
  if (!verify(null, signedBytes(f), ed, Buffer.from(f.signature, 'base64')))
    throw refused('handoverKey.badSignature', 'The handover key file was altered');
  return f;
}

/** Writes this vault's public key file where the lawyer chose, atomically and owner-only like every file Emanet writes. */
export function writeHandoverKeyFile(path: string, file: HandoverKeyFile): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n', FILE_MODE);
}
