import { sign, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { kSchema, MIN_LAWYERS_DEFAULT, minLawyersSchema, orgContactSchema, type OrgContact } from '../../shared/schemas/report';
import { refused } from './errors';
import { fingerprintHex, fingerprintWords } from './fingerprint';
import { base64KeySchema, readSelfSignedKeyFile, signatureSchema } from './signed-json';

/**
 * The organisation's public key file, handed to lawyers (USB stick, email: it is public). It
 * carries the organisation's k and, from version 2, the file's serial (raised every time k
 * changes), both signed by the organisation's Ed25519 key, so that nobody on the way can lower k.
 * An OLDER genuine file would still carry a valid signature, so the words people compare cover
 * k and the serial too (`orgKeyFileWords`), and a lawyer's vault refuses a lower serial than the
 * one it trusts. Version 1 files (no serial) are read as serial 0. Version 3 adds N
 * (`minLawyers`): sensitive codes are shown only when at least N lawyers' reports are merged; a
 * change of N raises the serial like a change of k. Version 4 may add the organisation's
 * coordinator (`contact`: name, phone, e-mail; issue 16), signed with the rest, so a lawyer's
 * "Ask the coordinator" cannot be redirected by editing the file; a change of contact raises the
 * serial too. Versions 1–3 still import (no contact).
 */
export const ORG_KEY_FORMAT = 'emanet-org-public-key';
export const ORG_KEY_VERSION = 4;
const signature = signatureSchema;

const keysAndK = { format: z.literal(ORG_KEY_FORMAT), x25519: base64KeySchema, ed25519: base64KeySchema, k: kSchema };
export const orgKeyFileSchema = z.discriminatedUnion('version', [
  z.strictObject({ ...keysAndK, version: z.literal(1), signature }),
  z.strictObject({ ...keysAndK, version: z.literal(2), serial: z.number().int().min(0).max(1_000_000), signature }),
  z.strictObject({
    ...keysAndK,
    version: z.literal(3),
    serial: z.number().int().min(0).max(1_000_000),
    minLawyers: minLawyersSchema,
    signature,
  }),
  z.strictObject({
    ...keysAndK,
    version: z.literal(4),
    serial: z.number().int().min(0).max(1_000_000),
    minLawyers: minLawyersSchema,
    contact: orgContactSchema.optional(),
    signature,
  }),
]);
export type OrgKeyFile = z.output<typeof orgKeyFileSchema>;

/** A version 1 file has no serial: it is the first issue, 0. */
export const serialOf = (f: OrgKeyFile): number => (f.version === 1 ? 0 : f.serial);
/** N of a file; files before version 3 carry none and mean the default. */
export const minLawyersOf = (f: OrgKeyFile): number =>
  f.version === 3 || f.version === 4 ? f.minLawyers : MIN_LAWYERS_DEFAULT;
/** The coordinator a version 4 file names, or null. */
export const contactOf = (f: OrgKeyFile): OrgContact | null => (f.version === 4 ? (f.contact ?? null) : null);

/** The contact in the signed bytes: fixed order, JSON-escaped, "-" when the file names none. */
const contactLine = (c: OrgContact | undefined): string =>
  c ? JSON.stringify([c.name, c.phone ?? null, c.email ?? null]) : '-';

type Unsigned = Pick<OrgKeyFile, 'x25519' | 'ed25519' | 'k'> & {
  version: 4;
  serial: number;
  minLawyers: number;
  contact?: OrgContact;
};
const signedBytes = (f: OrgKeyFile | Unsigned) =>
  Buffer.from(
    f.version === 1
      ? `${ORG_KEY_FORMAT}/v1\n${f.x25519}\n${f.ed25519}\n${f.k}`
      : f.version === 2
        ? `${ORG_KEY_FORMAT}/v2\n${f.x25519}\n${f.ed25519}\n${f.k}\n${f.serial}`
        : f.version === 3
          ? `${ORG_KEY_FORMAT}/v3\n${f.x25519}\n${f.ed25519}\n${f.k}\n${f.serial}\n${f.minLawyers}`
          : `${ORG_KEY_FORMAT}/v4\n${f.x25519}\n${f.ed25519}\n${f.k}\n${f.serial}\n${f.minLawyers}\n${contactLine(f.contact)}`,
    'utf8',
  );

/** The KEY's fingerprint: what reports are sealed to (`recipient`), unchanged when k changes. */
export const orgFingerprint = (f: Pick<OrgKeyFile, 'x25519' | 'ed25519'>): string =>
  fingerprintHex('org', [f.x25519, f.ed25519]);

/**
 * The words a lawyer and the organisation compare over the phone: the key, k and the serial.
 * A file with a lower k (an older issue) reads differently, so it cannot pass for the current one.
 */
export function orgKeyFileWords(f: Pick<OrgKeyFile, 'x25519' | 'ed25519' | 'k'> & { serial: number }): string {
  return fingerprintWords(fingerprintHex('org-key-file', [f.x25519, f.ed25519, `k=${f.k}`, `serial=${f.serial}`]));
}

export const wordsOfFile = (f: OrgKeyFile): string => orgKeyFileWords({ ...f, serial: serialOf(f) });

export function makeOrgKeyFile(
  x25519: string,
  ed25519: string,
  k: number,
  serial: number,
  signingKey: KeyObject,
  minLawyers: number = MIN_LAWYERS_DEFAULT,
  contact: OrgContact | null = null,
): OrgKeyFile {
  const body = {
    format: ORG_KEY_FORMAT as typeof ORG_KEY_FORMAT,
    version: 4 as const,
    x25519,
    ed25519,
    k,
    serial,
    minLawyers,
    ...(contact ? { contact } : {}),
  };
  return { ...body, signature: sign(null, signedBytes(body), signingKey).toString('base64') };
}

/** Parses and checks a key file's self-signature; refuses anything else with a reason. */
export function readOrgKeyFile(text: string): OrgKeyFile {
  return readSelfSignedKeyFile(
    text,
    { schema: orgKeyFileSchema, signedBytes },
    {
      invalid: () => refused('orgKey.invalid', 'This is not an organisation key file'),
      altered: () => refused('orgKey.badSignature', 'The organisation key file was altered'),
    },
  );
}
