/**
 * Issue 16, "Ask the coordinator": the organisation's contact travels signed in the organisation
 * key file (version 4). The supervisor sets it with `org keygen --contact-…`; a lawyer who trusts
 * the file has it in the vault (`playbooks:coordinator`); an edited contact is refused by the
 * signature; versions 1–3 of the file still import.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/io';
import { runReportCommand } from '../../../src-main/cli/report-commands';
import { fakeClock } from '../../../src-main/services/clock';
import { contactOf, ORG_KEY_FORMAT, readOrgKeyFile } from '../../../src-main/services/reports/org-key-file';
import { createVaultService } from '../../../src-main/services/vault-service';
import { vaultPaths } from '../../../src-main/storage/vault-paths';
import { callOn, testBackend } from '../../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../../helpers/temp-vault';

const clock = fakeClock(Date.UTC(2026, 11, 3, 9, 0, 0));
const CONTACT = { name: 'Av. Zeynep Koordinatör', phone: '+90 212 555 01 02', email: 'koordinasyon@example.org' };

/** The fields of the commands' JSON documents these tests read. */
interface CliJson {
  contact: unknown;
  fingerprint: string;
  error: { reason: string };
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env: { EMANET_LANG: 'en', EMANET_PASSPHRASE: STRONG_PASSPHRASE },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    promptSecret: () => Promise.resolve(null),
  };
  const code = await runReportCommand(args, io, clock);
  return { code, stderr: err.join('\n'), json: () => JSON.parse(out.join('\n') || '{}') as CliJson };
}

async function emptyVault(dir: string): Promise<void> {
  const vault = createVaultService({ paths: vaultPaths(dir), clock, kdfCost: TEST_KDF });
  await vault.create(STRONG_PASSPHRASE);
  await vault.lock();
}

async function coordinatorOf(dir: string) {
  const backend = testBackend({ vaultDir: dir, clock });
  try {
    await callOn(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
    return (await callOn(backend, 'playbooks:coordinator', {})).contact;
  } finally {
    await backend.dispose();
  }
}

/** A key file of an older version, signed the way that version signs (as shipped files were). */
function oldVersionFile(version: 1 | 2 | 3) {
  const ed = generateKeyPairSync('ed25519');
  const x = generateKeyPairSync('x25519');
  const raw = (k: typeof ed.publicKey) =>
    (k.export({ format: 'der', type: 'spki' }) as Buffer).subarray(-32).toString('base64');
  const f = { x25519: raw(x.publicKey), ed25519: raw(ed.publicKey), k: 5, serial: 2, minLawyers: 4 };
  const lines = [`${ORG_KEY_FORMAT}/v${version}`, f.x25519, f.ed25519, String(f.k)];
  if (version >= 2) lines.push(String(f.serial));
  if (version === 3) lines.push(String(f.minLawyers));
  const body = {
    format: ORG_KEY_FORMAT,
    version,
    x25519: f.x25519,
    ed25519: f.ed25519,
    k: f.k,
    ...(version >= 2 ? { serial: f.serial } : {}),
    ...(version === 3 ? { minLawyers: f.minLawyers } : {}),
  };
  const signature = sign(null, Buffer.from(lines.join('\n'), 'utf8'), ed.privateKey).toString('base64');
  return JSON.stringify({ ...body, signature });
}

describe('issue 16: the coordinator in the organisation key file', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  const p = (name: string) => join(root, name);

  beforeAll(async () => {
    ({ dir: root, cleanup } = await makeTempDir('emanet-contact-'));
    for (const v of ['org', 'lawyer', 'lawyer-2']) await emptyVault(p(v));
  });
  afterAll(() => cleanup());

  it('round trip: keygen signs the contact into a version 4 file; the lawyer who trusts it has it in the vault', async () => {
    const made = await cli([
      'org',
      'keygen',
      '--vault',
      p('org'),
      '--contact-name',
      CONTACT.name,
      '--contact-phone',
      CONTACT.phone,
      '--contact-email',
      CONTACT.email,
      '--out',
      p('org-key.json'),
      '--json',
    ]);
    expect(made.code).toBe(0);
    expect(made.json().contact).toEqual(CONTACT);
    const file = JSON.parse(await readFile(p('org-key.json'), 'utf8'));
    expect(file).toMatchObject({ version: 4, contact: CONTACT });
    expect(await coordinatorOf(p('lawyer'))).toBeNull();
    const trusted = await cli(['org', 'trust', '--vault', p('lawyer'), '--public-key', p('org-key.json'), '--json']);
    expect(trusted.code).toBe(0);
    expect(await coordinatorOf(p('lawyer'))).toEqual(CONTACT);
    // Re-issued without contact options, the file keeps the contact (stored on the supervisor's vault).
    const again = await cli(['org', 'keygen', '--vault', p('org'), '--out', p('org-key-again.json'), '--json']);
    expect(again.json().contact).toEqual(CONTACT);
    expect(JSON.parse(await readFile(p('org-key-again.json'), 'utf8')).serial).toBe(file.serial);
  });

  it('a tampered contact is refused by the signature, so a volunteer cannot be sent to someone else', async () => {
    const file = JSON.parse(await readFile(p('org-key.json'), 'utf8'));
    for (const [name, altered] of [
      ['phone', { ...file, contact: { ...CONTACT, phone: '+90 555 999 99 99' } }],
      ['email', { ...file, contact: { ...CONTACT, email: 'someone@else.example' } }],
      ['removed', { ...file, contact: undefined }],
    ] as const) {
      await writeFile(p(`tampered-${name}.json`), JSON.stringify(altered));
      const refused = await cli([
        'org',
        'trust',
        '--vault',
        p('lawyer-2'),
        '--public-key',
        p(`tampered-${name}.json`),
        '--json',
      ]);
      expect(refused.code, name).toBe(5);
      expect(refused.json().error.reason, name).toBe('orgKey.badSignature');
    }
    expect(await coordinatorOf(p('lawyer-2'))).toBeNull();
  });

  it('a changed contact is a new issue of the file: a lawyer who trusts it refuses the older one', async () => {
    const changed = await cli([
      'org',
      'keygen',
      '--vault',
      p('org'),
      '--contact-name',
      'Av. Deniz Yeni',
      '--contact-email',
      'yeni@example.org',
      '--out',
      p('org-key-new.json'),
      '--json',
    ]);
    expect(changed.code).toBe(0);
    const before = JSON.parse(await readFile(p('org-key.json'), 'utf8'));
    const after = JSON.parse(await readFile(p('org-key-new.json'), 'utf8'));
    expect(after.serial).toBe(before.serial + 1);
    expect((await cli(['org', 'trust', '--vault', p('lawyer'), '--public-key', p('org-key-new.json')])).code).toBe(0);
    expect(await coordinatorOf(p('lawyer'))).toEqual({ name: 'Av. Deniz Yeni', email: 'yeni@example.org' });
    const older = await cli(['org', 'trust', '--vault', p('lawyer'), '--public-key', p('org-key.json'), '--json']);
    expect(older.json().error.reason).toBe('orgKey.outdated');
  });

  it('refuses a malformed contact with exit 4 and its field codes, writing nothing', async () => {
    const bad = await cli(['org', 'keygen', '--vault', p('org'), '--contact-phone', 'call me', '--out', p('bad.json')]);
    expect(bad.code).toBe(4);
    expect(bad.stderr).toMatch(/name:/);
    expect(bad.stderr).toMatch(/phone:/);
    await expect(readFile(p('bad.json'))).rejects.toThrow();
  });

  it('key files of versions 1, 2 and 3 (no contact) still import', () => {
    for (const version of [1, 2, 3] as const) {
      const file = readOrgKeyFile(oldVersionFile(version));
      expect(file.version).toBe(version);
      expect(contactOf(file)).toBeNull();
    }
  });
});
