import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/io';
import { ORG_KEY_FILE_NAME, runReportCommand } from '../../../src-main/cli/report-commands';
import { createCasefile } from '../../../src-main/services/casefile';
import { fakeClock } from '../../../src-main/services/clock';
import { createVaultService } from '../../../src-main/services/vault-service';
import { vaultPaths } from '../../../src-main/storage/vault-paths';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../../helpers/temp-vault';

const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
/** The fields of the commands' JSON documents these tests read. */
interface CliJson {
  fingerprint: string;
  lawyerFingerprint: string;
  publicKeyFile: string;
  error: { reason: string };
  accepted: Array<{ status: string }>;
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
  const json = () => JSON.parse(out.join('\n') || '{}') as CliJson;
  return { code, stderr: err.join('\n'), json };
}

/** A vault with six consenting clients in 2026-Q3 (enough for unsuppressed cells). */
async function vaultWithClients(dir: string, clients: number): Promise<void> {
  const vault = createVaultService({ paths: vaultPaths(dir), clock, kdfCost: TEST_KDF });
  await vault.create(STRONG_PASSPHRASE);
  const casefile = createCasefile({ db: () => vault.db(), clock });
  for (let i = 0; i < clients; i++) {
    await casefile.intake({
      client: {
        givenName: `Kişi${i}`,
        nationality: 'SY',
        consents: [{ kind: 'reporting', givenOn: '2026-06-01', scope: 'anonymized-reports', how: 'written' }],
      },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-07-10' },
      otherClientIds: [],
    });
  }
  await vault.lock();
}

describe('items 6, 7 and 12: organisation keys, enrolment, key files', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  const p = (name: string) => join(root, name);
  const words: Record<string, string> = {};

  beforeAll(async () => {
    ({ dir: root, cleanup } = await makeTempDir('emanet-orgkeys-'));
    await vaultWithClients(p('org'), 0);
    for (const lawyer of ['lawyer-a', 'lawyer-b', 'lawyer-old']) await vaultWithClients(p(lawyer), 6);
  });
  afterAll(() => cleanup());

  it('item 6: the fingerprint words cover k and the key file serial, so a file with another k reads differently', async () => {
    const first = await cli(['org', 'keygen', '--vault', p('org'), '--k', '5', '--out', p('org-k5.json'), '--json']);
    const raised = await cli(['org', 'keygen', '--vault', p('org'), '--k', '7', '--out', p('org-k7.json'), '--json']);
    expect([first.code, raised.code]).toEqual([0, 0]);
    const k5 = JSON.parse(await readFile(p('org-k5.json'), 'utf8'));
    const k7 = JSON.parse(await readFile(p('org-k7.json'), 'utf8'));
    // The same key, a higher k and serial: the words people compare must differ.
    expect([k7.x25519, k7.ed25519]).toEqual([k5.x25519, k5.ed25519]);
    expect(k7).toMatchObject({ version: 4, k: 7, serial: k5.serial + 1, minLawyers: 3 });
    expect(raised.json().fingerprint).not.toBe(first.json().fingerprint);
    words.k5 = first.json().fingerprint;
    words.k7 = raised.json().fingerprint;
  });

  it('issue 15: N (lawyers merged before sensitive codes show) is in the signed key file; changing it is a new issue', async () => {
    await vaultWithClients(p('org-n'), 0);
    const first = await cli(['org', 'keygen', '--vault', p('org-n'), '--out', p('org-n3.json'), '--json']);
    const raised = await cli([
      'org',
      'keygen',
      '--vault',
      p('org-n'),
      '--min-lawyers',
      '4',
      '--out',
      p('org-n4.json'),
      '--json',
    ]);
    expect([first.code, raised.code]).toEqual([0, 0]);
    const n3 = JSON.parse(await readFile(p('org-n3.json'), 'utf8'));
    const n4 = JSON.parse(await readFile(p('org-n4.json'), 'utf8'));
    expect(n3).toMatchObject({ version: 4, minLawyers: 3 });
    expect(n4).toMatchObject({ version: 4, k: n3.k, minLawyers: 4, serial: n3.serial + 1 });
    expect(raised.json().fingerprint).not.toBe(first.json().fingerprint);
    // Lowering N on the way is an altered file.
    await writeFile(p('org-n2.json'), JSON.stringify({ ...n4, minLawyers: 2 }));
    const lowered = await cli(['org', 'trust', '--vault', p('lawyer-b'), '--public-key', p('org-n2.json'), '--json']);
    expect(lowered.json().error.reason).toBe('orgKey.badSignature');
    expect((await cli(['org', 'keygen', '--vault', p('org-n'), '--min-lawyers', '1', '--out', p('x.json')])).code).toBe(
      2,
    );
  });

  it('item 6: a lawyer vault that trusts the current key file refuses an older one with a lower k', async () => {
    const trusted = await cli(['org', 'trust', '--vault', p('lawyer-a'), '--public-key', p('org-k7.json'), '--json']);
    expect(trusted.code).toBe(0);
    expect(trusted.json()).toMatchObject({ fingerprint: words.k7, k: 7 });
    words['lawyer-a'] = trusted.json().lawyerFingerprint;
    const older = await cli(['org', 'trust', '--vault', p('lawyer-a'), '--public-key', p('org-k5.json'), '--json']);
    expect(older.code).toBe(5);
    expect(older.json().error.reason).toBe('orgKey.outdated');
    // Still k = 7: an export below it is refused by the lawyer's own vault.
    const lowK = await cli([
      'report',
      'export',
      '--vault',
      p('lawyer-a'),
      '--period',
      '2026-Q3',
      '--k',
      '5',
      '--out',
      p('x'),
    ]);
    expect(lowK.code).toBe(4);
  });

  it('item 6: the organisation refuses a report suppressed with a k below its own', async () => {
    // This lawyer only ever got the old file (k = 5) and exports with it.
    const trusted = await cli(['org', 'trust', '--vault', p('lawyer-old'), '--public-key', p('org-k5.json'), '--json']);
    expect(trusted.json()).toMatchObject({ fingerprint: words.k5, k: 5 });
    const exported = await cli([
      'report',
      'export',
      '--vault',
      p('lawyer-old'),
      '--period',
      '2026-Q3',
      '--out',
      p('old.report'),
    ]);
    expect(exported.code).toBe(0);
    const imported = await cli([
      'report',
      'aggregate',
      '--vault',
      p('org'),
      p('old.report'),
      '--enroll',
      trusted.json().lawyerFingerprint,
      '--json',
    ]);
    expect(imported.code).toBe(5);
    expect(imported.json().error.reason).toBe('report.kBelowPolicy');
  });

  it('item 7: report aggregate --enroll WORDS enrols only the signer whose words were compared', async () => {
    const b = await cli(['org', 'trust', '--vault', p('lawyer-b'), '--public-key', p('org-k7.json'), '--json']);
    words['lawyer-b'] = b.json().lawyerFingerprint;
    for (const lawyer of ['lawyer-a', 'lawyer-b'])
      expect(
        (await cli(['report', 'export', '--vault', p(lawyer), '--period', '2026-Q3', '--out', p(`${lawyer}.report`)]))
          .code,
      ).toBe(0);
    // A's words compared, B's not: the batch is refused as a whole, naming B's words, and nobody is enrolled.
    const batch = await cli([
      'report',
      'aggregate',
      '--vault',
      p('org'),
      p('lawyer-a.report'),
      p('lawyer-b.report'),
      '--enroll',
      words['lawyer-a'] ?? '',
      '--json',
    ]);
    expect(batch.code).toBe(5);
    expect(batch.json().error.reason).toBe('report.unknownSigner');
    expect(batch.stderr).toContain(words['lawyer-b']);
    const stillUnknown = await cli(['report', 'aggregate', '--vault', p('org'), p('lawyer-a.report'), '--json']);
    expect(stillUnknown.json().error.reason).toBe('report.unknownSigner');
    // Words typed loosely (case, hyphens) still match; only A is enrolled.
    const loose = (words['lawyer-a'] ?? '').toUpperCase().replaceAll(' ', '-');
    const a = await cli([
      'report',
      'aggregate',
      '--vault',
      p('org'),
      p('lawyer-a.report'),
      '--enroll',
      loose,
      '--json',
    ]);
    expect(a.code).toBe(0);
    expect(a.json().accepted).toMatchObject([{ status: 'new' }]);
    const bAlone = await cli(['report', 'aggregate', '--vault', p('org'), p('lawyer-b.report'), '--json']);
    expect(bAlone.json().error.reason).toBe('report.unknownSigner');
    // --enroll needs the words.
    expect((await cli(['report', 'aggregate', '--vault', p('org'), p('lawyer-b.report'), '--enroll'])).code).toBe(2);
  });

  it('item 12: org keygen writes outside the vault folder by default, owner-only, and never overwrites without --force', async () => {
    const work = p('work');
    await mkdir(work);
    const cwd = process.cwd();
    process.chdir(work);
    try {
      const gen = await cli(['org', 'keygen', '--vault', p('org'), '--json']);
      expect(gen.code).toBe(0);
      expect(gen.json().publicKeyFile).toBe(join(work, ORG_KEY_FILE_NAME));
      expect((await stat(join(work, ORG_KEY_FILE_NAME))).mode & 0o777).toBe(0o600);
      expect((await readdir(p('org'))).filter((n) => n.endsWith('.json') && n !== 'keys.json')).toEqual([]);
      await writeFile(join(work, ORG_KEY_FILE_NAME), 'the lawyer’s own file');
      const again = await cli(['org', 'keygen', '--vault', p('org'), '--json']);
      expect(again.code).toBe(1);
      expect(await readFile(join(work, ORG_KEY_FILE_NAME), 'utf8')).toBe('the lawyer’s own file');
      expect((await cli(['org', 'keygen', '--vault', p('org'), '--force', '--json'])).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });
});
