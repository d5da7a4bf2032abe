import { createHash, diffieHellman, hkdfSync, sign, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { open, seal, sealedBoxSchema } from '../../crypto/aead';
import { generatePair, publicKeyFromRaw, rawPublicKey } from './key-material';
import { refused } from './errors';
import { base64KeySchema, hex64Schema, openSignedInner, parseVersionedJson, signatureSchema } from './signed-json';

/**
 * The report file: signed by the lawyer, then sealed to the organisation.
 *
 *   outer (JSON, on disk): { format, version, recipient, ephemeralKey, box }
 *     recipient     the organisation key's fingerprint (hex), so a supervisor can say "this was
 *                   sealed to another organisation" instead of just "cannot decrypt"
 *     ephemeralKey  a fresh X25519 public key per file
 *     box           AES-256-GCM (aead.ts) under HKDF-SHA256(X25519(ephemeral, org),
 *                   salt = ephemeral ‖ org public key, info = 'emanet/report-seal/v1'); the
 *                   associated data binds format, version, recipient and ephemeral key
 *   inner (the plaintext): { format, version, signer, recipient, report, signature }
 *     signature     Ed25519 by the lawyer over 'emanet/report-signature/v1\n' ‖ recipient ‖ '\n'
 *                   ‖ report; naming the recipient inside the signature stops a report being
 *                   re-sealed to a different organisation by someone who could open it
 *
 * Sign-then-seal: the signature (and so who the lawyer is) is visible only to the organisation.
 */
export const SEALED_FORMAT = 'emanet-sealed-report';
export const SIGNED_FORMAT = 'emanet-signed-report';
export const ENVELOPE_VERSION = 1;


const outerSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  recipient: hex64Schema,
  ephemeralKey: base64KeySchema,
  box: sealedBoxSchema.strict(),
});

const innerSchema = z.strictObject({
  format: z.literal(SIGNED_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  signer: base64KeySchema,
  recipient: hex64Schema,
  report: z.string().max(5_000_000),
  signature: signatureSchema,
});

export interface SealTo {
  fingerprint: string;
  x25519: string;
}

export interface Signer {
  privateKey: KeyObject;
  publicKey: string;
}

const signedBytes = (recipient: string, report: string): Buffer =>
  Buffer.from(`emanet/report-signature/v1\n${recipient}\n${report}`, 'utf8');
const outerAad = (recipient: string, ephemeralKey: string): Buffer =>
  Buffer.from(`${SEALED_FORMAT}/v${ENVELOPE_VERSION}\n${recipient}\n${ephemeralKey}`, 'utf8');

function sealKey(shared: Buffer, ephemeralKey: string, orgKey: string): Buffer {
  const salt = Buffer.concat([Buffer.from(ephemeralKey, 'base64'), Buffer.from(orgKey, 'base64')]);
  return Buffer.from(hkdfSync('sha256', shared, salt, 'emanet/report-seal/v1', 32));
}

/** Signs `reportJson` and seals it to the organisation; returns the file's bytes. */
export function sealReport(reportJson: string, signer: Signer, to: SealTo): Buffer {
  const orgKey = publicKeyFromRaw('X25519', to.x25519);
  if (!orgKey) throw refused('orgKey.invalid', 'The organisation key is not valid');
  const signature = sign(null, signedBytes(to.fingerprint, reportJson), signer.privateKey).toString('base64');
  const inner = JSON.stringify({
    format: SIGNED_FORMAT,
    version: ENVELOPE_VERSION,
    signer: signer.publicKey,
    recipient: to.fingerprint,
    report: reportJson,
    signature,
  });
  const ephemeral = generatePair('X25519');
  const ephemeralKey = rawPublicKey(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: orgKey });
  const key = sealKey(shared, ephemeralKey, to.x25519);
  try {
    const box = seal(key, Buffer.from(inner, 'utf8'), outerAad(to.fingerprint, ephemeralKey));
    return Buffer.from(
      JSON.stringify({ format: SEALED_FORMAT, version: ENVELOPE_VERSION, recipient: to.fingerprint, ephemeralKey, box }),
    );
  } finally {
    shared.fill(0);
    key.fill(0);
  }
}

export interface OpenedReport {
  /** The report JSON exactly as signed (validate it with reportSchema next). */
  reportJson: string;
  /** The signer's raw Ed25519 public key (base64). */
  signer: string;
  /** SHA-256 of the file bytes: the register refuses the same file twice. */
  fileSha256: string;
}

export interface OrgSecret {
  fingerprint: string;
  x25519Public: string;
  x25519Private: KeyObject;
}

/** Opens and verifies a sealed report; every refusal is an INTEGRITY error naming its reason. */
export function openSealedReport(bytes: Buffer, org: OrgSecret): OpenedReport {
  const tampered = () => refused('report.tampered', 'The report file is damaged or was altered');
  const outer = parseVersionedJson(
    bytes.toString('utf8'),
    { format: SEALED_FORMAT, version: ENVELOPE_VERSION, schema: outerSchema },
    {
      notJson: () => refused('report.notAReportFile', 'This is not a report file'),
      otherFormat: () => refused('report.notAReportFile', 'This is not a sealed report file'),
      otherVersion: () => refused('report.unsupportedVersion', 'This report file comes from an unsupported version'),
      damaged: tampered,
    },
  );
  const { recipient, ephemeralKey, box } = outer;
  if (recipient !== org.fingerprint)
    throw refused('report.wrongOrganisation', 'This report was sealed to another organisation key');

  const ephemeral = publicKeyFromRaw('X25519', ephemeralKey);
  if (!ephemeral) throw tampered();
  const shared = diffieHellman({ privateKey: org.x25519Private, publicKey: ephemeral });
  const key = sealKey(shared, ephemeralKey, org.x25519Public);
  let plain: Buffer | null;
  try {
    plain = open(key, box, outerAad(recipient, ephemeralKey));
  } finally {
    shared.fill(0);
    key.fill(0);
  }
  if (!plain) throw tampered();

  const inner = openSignedInner(
    plain.toString('utf8'),
    {
      schema: innerSchema,
      recipient: org.fingerprint,
      signer: (f) => f.signer,
      signedBytes: (f) => signedBytes(f.recipient, f.report),
    },
    {
      damaged: tampered,
      badSignature: () => refused('report.badSignature', 'The signature on this report does not verify'),
    },
  );
  return {
    reportJson: inner.report,
    signer: inner.signer,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
