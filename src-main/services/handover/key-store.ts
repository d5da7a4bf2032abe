import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { open, seal, sealedBoxSchema } from '../../crypto/aead';
import type { Db } from '../../db/connection';
import { generatePair, privateKeyDer, privateKeyFromDer, rawPublicKey } from '../reports/key-material';
import { refused } from './errors';
import {
  handoverFingerprint,
  makeHandoverKeyFile,
  readHandoverKeyFile,
  type HandoverKeyFile,
  type HandoverPublicKeys,
} from './key-file';

/**
 * This vault's handover keys in `handover_key` (one row), the private halves wrapped under the
 * vault's 'handover-keys' subkey exactly as the report keys are under 'report-keys'
 * (reports/key-store.ts). `wrapKey` is borrowed: the caller zero-fills it.
 */
export interface HandoverKeyStoreDeps {
  db: Db;
  wrapKey: Buffer;
  now: string;
}

export interface HandoverKeys {
  fingerprint: string;
  publicKeys: HandoverPublicKeys;
  x25519Private: KeyObject;
  ed25519Private: KeyObject;
  file: HandoverKeyFile;
}

const AAD = Buffer.from('emanet/handover-key/v1', 'utf8');
const privatesSchema = z.strictObject({ x25519: z.string(), ed25519: z.string() });
const publicSchema = z.strictObject({ x25519: z.string(), ed25519: z.string() });

function wrap(wrapKey: Buffer, x: KeyObject, ed: KeyObject): string {
  const xd = privateKeyDer(x);
  const ed2 = privateKeyDer(ed);
  const plain = Buffer.from(JSON.stringify({ x25519: xd.toString('base64'), ed25519: ed2.toString('base64') }));
  try {
    return JSON.stringify(seal(wrapKey, plain, AAD));
  } finally {
    plain.fill(0);
    xd.fill(0);
    ed2.fill(0);
  }
}

function unwrap(wrapKey: Buffer, box: string): { x25519: KeyObject; ed25519: KeyObject } {
  let parsed;
  try {
    parsed = sealedBoxSchema.safeParse(JSON.parse(box));
  } catch {
    parsed = null;
  }
  const plain = parsed?.success ? open(wrapKey, parsed.data, AAD) : null;
  if (!plain) throw refused('handoverKey.invalid', 'The stored handover key cannot be unwrapped');
  try {
    const ders = privatesSchema.parse(JSON.parse(plain.toString('utf8')));
    const key = (b64: string) => {
      const der = Buffer.from(b64, 'base64');
      try {
        return privateKeyFromDer(der);
      } finally {
        der.fill(0);
      }
    };
    return { x25519: key(ders.x25519), ed25519: key(ders.ed25519) };
  } finally {
    plain.fill(0);
  }
}

/** This vault's handover keys, created on first use. */
export async function ensureHandoverKeys(deps: HandoverKeyStoreDeps): Promise<HandoverKeys> {
  const row = await deps.db.selectFrom('handover_key').selectAll().where('id', '=', 1).executeTakeFirst();
  if (row) {
    const publicKeys = publicSchema.parse(JSON.parse(row.public_key));
    const priv = unwrap(deps.wrapKey, row.private_box);
    return {
      fingerprint: row.fingerprint,
      publicKeys,
      x25519Private: priv.x25519,
      ed25519Private: priv.ed25519,
      file: makeHandoverKeyFile(publicKeys, priv.ed25519),
    };
  }
  const x = generatePair('X25519');
  const ed = generatePair('Ed25519');
  const publicKeys = { x25519: rawPublicKey(x.publicKey), ed25519: rawPublicKey(ed.publicKey) };
  const fingerprint = handoverFingerprint(publicKeys);
  await deps.db
    .insertInto('handover_key')
    .values({
      id: 1,
      public_key: JSON.stringify(publicKeys),
      private_box: wrap(deps.wrapKey, x.privateKey, ed.privateKey),
      fingerprint,
      created_at: deps.now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return {
    fingerprint,
    publicKeys,
    x25519Private: x.privateKey,
    ed25519Private: ed.privateKey,
    file: makeHandoverKeyFile(publicKeys, ed.privateKey),
  };
}

export interface Colleague {
  fingerprint: string;
  file: HandoverKeyFile;
  trustedAt: string;
}

/** The trusted colleagues, each key file re-checked (a row edited behind our back is dropped). */
export async function trustedColleagues(db: Db): Promise<Colleague[]> {
  const rows = await db.selectFrom('trusted_colleague').selectAll().orderBy('trusted_at').execute();
  const out: Colleague[] = [];
  for (const row of rows) {
    try {
      const file = readHandoverKeyFile(row.public_key_file);
      if (handoverFingerprint(file) === row.fingerprint)
        out.push({ fingerprint: row.fingerprint, file, trustedAt: row.trusted_at });
    } catch {
      // Not usable: neither shown nor trusted.
    }
  }
  return out;
}

export async function trustedColleague(db: Db, fingerprint: string): Promise<Colleague | undefined> {
  return (await trustedColleagues(db)).find((c) => c.fingerprint === fingerprint);
}
