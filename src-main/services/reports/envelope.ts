import { createHash, diffieHellman, hkdfSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { open, seal, sealedBoxSchema } from '../../crypto/aead';
import { generatePair, publicKeyFromRaw, rawPublicKey } from './key-material';
import { refused } from './errors';

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

const base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const outerSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  recipient: hex64,
  ephemeralKey: base64Key,
  box: sealedBoxSchema.strict(),
});

const innerSchema = z.strictObject({
  format: z.literal(SIGNED_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  signer: base64Key,
  recipient: hex64,
  report: z.string().max(5_000_000),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
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
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refused('report.notAReportFile', 'This is not a report file');
  }
  const header = z.object({ format: z.string(), version: z.unknown() }).safeParse(json);
  if (!header.success || header.data.format !== SEALED_FORMAT)
    throw refused('report.notAReportFile', 'This is not a sealed report file');
  if (header.data.version !== ENVELOPE_VERSION)
    throw refused('report.unsupportedVersion', 'This report file comes from an unsupported version');
  const outer = outerSchema.safeParse(json);
  if (!outer.success) throw refused('report.tampered', 'The report file is damaged or was altered');
  const { recipient, ephemeralKey, box } = outer.data;
  if (recipient !== org.fingerprint)
    throw refused('report.wrongOrganisation', 'This report was sealed to another organisation key');

  const ephemeral = publicKeyFromRaw('X25519', ephemeralKey);
  if (!ephemeral) throw refused('report.tampered', 'The report file is damaged or was altered');
  const shared = diffieHellman({ privateKey: org.x25519Private, publicKey: ephemeral });
  const key = sealKey(shared, ephemeralKey, org.x25519Public);
  let plain: Buffer | null;
  try {
    plain = open(key, box, outerAad(recipient, ephemeralKey));
  } finally {
    shared.fill(0);
    key.fill(0);
  }
  if (!plain) throw refused('report.tampered', 'The report file is damaged or was altered');

  let innerJson: unknown;
  try {
    innerJson = JSON.parse(plain.toString('utf8'));
  } catch {
    throw refused('report.tampered', 'The report file is damaged or was altered');
  }
  const inner = innerSchema.safeParse(innerJson);
  if (!inner.success || inner.data.recipient !== org.fingerprint)
    throw refused('report.tampered', 'The report file is damaged or was altered');
  const signerKey = publicKeyFromRaw('Ed25519', inner.data.signer);
  const ok =
    signerKey !== null &&
    verify(
      null,
      signedBytes(inner.data.recipient, inner.data.report),
      signerKey,
      Buffer.from(inner.data.signature, 'base64'),
    );
  if (!ok) throw refused('report.badSignature', 'The signature on this report does not verify');
  return {
    reportJson: inner.data.report,
    signer: inner.data.signer,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
