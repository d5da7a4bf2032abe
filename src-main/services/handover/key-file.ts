import { sign, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { writeFileAtomic } from '../../storage/atomic-write';
import { FILE_MODE } from '../../storage/vault-paths';
import { fingerprintHex, fingerprintWords } from '../reports/fingerprint';
import { base64KeySchema, readSelfSignedKeyFile, signatureSchema } from '../reports/signed-json';
import { refused } from './errors';

/**
 * A lawyer's handover key file, handed to colleagues (it is public): the X25519 key handovers are
 * sealed to and the Ed25519 key the lawyer's own handovers are signed with, self-signed so that a
 * file altered on the way is refused. Colleagues compare its fingerprint words before trusting it.
 */
export const HANDOVER_KEY_FORMAT = 'emanet-handover-key';
export const HANDOVER_KEY_VERSION = 1;

export const handoverKeyFileSchema = z.strictObject({
  format: z.literal(HANDOVER_KEY_FORMAT),
  version: z.literal(HANDOVER_KEY_VERSION),
  x25519: base64KeySchema,
  ed25519: base64KeySchema,
  signature: signatureSchema,
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
  return readSelfSignedKeyFile(
    text,
    { schema: handoverKeyFileSchema, signedBytes },
    {
      invalid: () => refused('handoverKey.invalid', 'This is not a handover key file'),
      altered: () => refused('handoverKey.badSignature', 'The handover key file was altered'),
    },
  );
}

/** Writes this vault's public key file where the lawyer chose, atomically and owner-only like every file Emanet writes. */
export function writeHandoverKeyFile(path: string, file: HandoverKeyFile): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n', FILE_MODE);
}
