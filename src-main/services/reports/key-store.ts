import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { open, seal, sealedBoxSchema } from '../../crypto/aead';
import type { Db } from '../../db/connection';
import { K_DEFAULT, MIN_LAWYERS_DEFAULT, orgContactSchema, type OrgContact } from '../../shared/schemas/report';
import { refused } from './errors';
import { fingerprintHex } from './fingerprint';
import { generatePair, privateKeyDer, privateKeyFromDer, rawPublicKey } from './key-material';
import { makeOrgKeyFile, orgFingerprint, type OrgKeyFile } from './org-key-file';

/**
 * This vault's report keys, in `report_key`, private halves wrapped under the vault's
 * 'report-keys' subkey (VaultService.deriveKey). `wrapKey` is borrowed: callers zero-fill it.
 */
export interface KeyStoreDeps {
  db: Db;
  wrapKey: Buffer;
  now: () => string;
}

type Role = 'org' | 'lawyer';
const aad = (role: Role): Buffer => Buffer.from(`emanet/report-key/v1/${role}`, 'utf8');
const privatesSchema = z.record(z.string(), z.string());

function wrap(deps: KeyStoreDeps, role: Role, keys: Record<string, KeyObject>): string {
  const ders = Object.entries(keys).map(([name, key]) => [name, privateKeyDer(key)] as const);
  const plain = Buffer.from(JSON.stringify(Object.fromEntries(ders.map(([n, d]) => [n, d.toString('base64')]))));
  try {
    return JSON.stringify(seal(deps.wrapKey, plain, aad(role)));
  } finally {
    plain.fill(0);
    for (const [, d] of ders) d.fill(0);
  }
}

function unwrap(deps: KeyStoreDeps, role: Role, box: string): Record<string, KeyObject> {
  const parsed = sealedBoxSchema.safeParse(JSON.parse(box));
  const plain = parsed.success ? open(deps.wrapKey, parsed.data, aad(role)) : null;
  if (!plain) throw refused('report.tampered', 'A stored report key cannot be unwrapped');
  try {
    const ders = privatesSchema.parse(JSON.parse(plain.toString('utf8')));
    return Object.fromEntries(
      Object.entries(ders).map(([name, b64]) => {
        const der = Buffer.from(b64, 'base64');
        const key = privateKeyFromDer(der);
        der.fill(0);
        return [name, key];
      }),
    );
  } finally {
    plain.fill(0);
  }
}

const orgPublicSchema = z.object({ x25519: z.string(), ed25519: z.string() });
const lawyerPublicSchema = z.object({ ed25519: z.string() });

export interface OrgKeys {
  fingerprint: string;
  file: OrgKeyFile;
  x25519Private: KeyObject;
  /** Signs the key file and, since issue 16, the playbooks the organisation hands its lawyers. */
  ed25519Private: KeyObject;
}

const contactJson = (c: OrgContact | null): string | null =>
  c ? JSON.stringify({ name: c.name, phone: c.phone, email: c.email }) : null;
const storedContact = (text: string | null): OrgContact | null =>
  text === null ? null : orgContactSchema.parse(JSON.parse(text));

/**
 * The supervisor's organisation key pair, created on first use; `k`, N and the coordinator
 * (`contact`, if given) update the policy, and a change of any raises the key file's serial, so
 * the new file's words differ from the old file's and lawyers who trust the new one refuse the old one.
 */
export async function ensureOrgKeys(
  deps: KeyStoreDeps,
  k?: number,
  minLawyers?: number,
  contact?: OrgContact,
): Promise<OrgKeys> {
  const row = await deps.db.selectFrom('report_key').selectAll().where('role', '=', 'org').executeTakeFirst();
  if (!row) {
    const x = generatePair('X25519');
    const ed = generatePair('Ed25519');
    const pub = { x25519: rawPublicKey(x.publicKey), ed25519: rawPublicKey(ed.publicKey) };
    const fingerprint = orgFingerprint(pub);
    const serial = 1;
    await deps.db
      .insertInto('report_key')
      .values({
        role: 'org',
        public_key: JSON.stringify(pub),
        private_box: wrap(deps, 'org', { x25519: x.privateKey, ed25519: ed.privateKey }),
        fingerprint,
        k: k ?? K_DEFAULT,
        serial,
        min_lawyers: minLawyers ?? MIN_LAWYERS_DEFAULT,
        contact: contactJson(contact ?? null),
        created_at: deps.now(),
      })
      .execute();
    return {
      fingerprint,
      file: makeOrgKeyFile(
        pub.x25519,
        pub.ed25519,
        k ?? K_DEFAULT,
        serial,
        ed.privateKey,
        minLawyers ?? MIN_LAWYERS_DEFAULT,
        contact ?? null,
      ),
      x25519Private: x.privateKey,
      ed25519Private: ed.privateKey,
    };
  }
  const pub = orgPublicSchema.parse(JSON.parse(row.public_key));
  const keys = unwrap(deps, 'org', row.private_box);
  const policy = k ?? row.k ?? K_DEFAULT;
  const n = minLawyers ?? row.min_lawyers ?? MIN_LAWYERS_DEFAULT;
  const newContact = contact === undefined ? row.contact : contactJson(contact);
  let serial = row.serial;
  // A changed k, N or contact is a new issue of the key file: its words differ from the old file's.
  if (
    (k !== undefined && k !== row.k) ||
    (minLawyers !== undefined && minLawyers !== row.min_lawyers) ||
    newContact !== row.contact
  ) {
    serial += 1;
    await deps.db
      .updateTable('report_key')
      .set({ k: policy, min_lawyers: n, serial, contact: newContact })
      .where('role', '=', 'org')
      .execute();
  }
  return {
    fingerprint: row.fingerprint,
    file: makeOrgKeyFile(pub.x25519, pub.ed25519, policy, serial, keys.ed25519!, n, storedContact(newContact)),
    x25519Private: keys.x25519!,
    ed25519Private: keys.ed25519!,
  };
}

/** The supervisor's keys, or a refusal when this vault has never created them. */
export async function requireOrgKeys(deps: KeyStoreDeps): Promise<OrgKeys> {
  const exists = await deps.db.selectFrom('report_key').select('role').where('role', '=', 'org').executeTakeFirst();
  if (!exists) throw refused('orgKey.none', 'This vault has no organisation key (run org keygen first)');
  return ensureOrgKeys(deps);
}

export interface LawyerKey {
  fingerprint: string;
  publicKey: string;
  privateKey: KeyObject;
}

/** This vault's report signing key, created on first use. */
export async function ensureLawyerKey(deps: KeyStoreDeps): Promise<LawyerKey> {
  const row = await deps.db.selectFrom('report_key').selectAll().where('role', '=', 'lawyer').executeTakeFirst();
  if (row) {
    const { ed25519 } = lawyerPublicSchema.parse(JSON.parse(row.public_key));
    return { fingerprint: row.fingerprint, publicKey: ed25519, privateKey: unwrap(deps, 'lawyer', row.private_box).ed25519! };
  }
  const ed = generatePair('Ed25519');
  const publicKey = rawPublicKey(ed.publicKey);
  const fingerprint = lawyerFingerprint(publicKey);
  await deps.db
    .insertInto('report_key')
    .values({
      role: 'lawyer',
      public_key: JSON.stringify({ ed25519: publicKey }),
      private_box: wrap(deps, 'lawyer', { ed25519: ed.privateKey }),
      fingerprint,
      k: null,
      min_lawyers: null,
      contact: null,
      created_at: deps.now(),
    })
    .execute();
  return { fingerprint, publicKey, privateKey: ed.privateKey };
}

export const lawyerFingerprint = (ed25519: string): string => fingerprintHex('lawyer', [ed25519]);
