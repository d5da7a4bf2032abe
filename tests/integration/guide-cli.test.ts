/**
 * Issue 16 on the command line: `playbook list|step done`, `petition draft`, `client-note make`,
 * and signed playbooks: the supervisor signs an updated playbook with the organisation key, a
 * lawyer who trusts that key imports it (used instead of the shipped one, until `revert`), and
 * every other file is refused with its reason: unsigned, tampered, forged, from another
 * organisation, not newer than the one in use, or not a valid playbook.
 */
import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile } from '../../src-main/services/casefile';
import { fakeClock } from '../../src-main/services/clock';
import { SHIPPED_PLAYBOOKS } from '../../src-main/services/playbooks/playbook-data';
import { signPlaybook } from '../../src-main/services/playbooks/signed-playbook';
import { createVaultService } from '../../src-main/services/vault-service';
import { vaultPaths } from '../../src-main/storage/vault-paths';
import { callOn, invokeOn, testBackend } from '../helpers/backend';
import { cli } from '../helpers/cli';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

const clock = fakeClock(Date.UTC(2026, 11, 3, 9, 0, 0));
const env = { EMANET_PASSPHRASE: STRONG_PASSPHRASE };
const shippedRemoval = SHIPPED_PLAYBOOKS['removal-appeal.json'] as Record<string, unknown> & { reviewedOn: string };

interface Json {
  error?: { code: string; message: string };
  [key: string]: unknown;
}
const run = async (args: string[]) => {
  const r = await cli(args, env);
  const json = (): Json => JSON.parse(r.stdout.trim() || '{}') as Json;
  return { ...r, json };
};

async function vaultWithRemovalCase(dir: string): Promise<string> {
  const vault = createVaultService({ paths: vaultPaths(dir), clock, kdfCost: TEST_KDF });
  await vault.create(STRONG_PASSPHRASE);
  const casefile = createCasefile({ db: () => vault.db(), clock });
  const made = await casefile.intake({
    client: { givenName: 'Yusuf', familyName: 'Haddad', nationality: 'SY', languages: ['ar'] },
    case: { type: 'removal-appeal', status: 'active', openedOn: '2026-11-20' },
    otherClientIds: [],
  });
  await vault.lock();
  return made.caseId;
}

async function emptyVault(dir: string): Promise<void> {
  const vault = createVaultService({ paths: vaultPaths(dir), clock, kdfCost: TEST_KDF });
  await vault.create(STRONG_PASSPHRASE);
  await vault.lock();
}

describe('issue 16: the guide on the command line', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let caseId: string;
  const p = (name: string) => join(root, name);
  const updated = { ...shippedRemoval, reviewedOn: '2027-01-15', titleEn: 'Action against a removal decision (2027)' };

  beforeAll(async () => {
    ({ dir: root, cleanup } = await makeTempDir('emanet-guide-cli-'));
    caseId = await vaultWithRemovalCase(p('lawyer'));
    await emptyVault(p('org'));
    await emptyVault(p('other-org'));
    for (const org of ['org', 'other-org'])
      expect((await run(['org', 'keygen', '--vault', p(org), '--out', p(`${org}-key.json`), '--json'])).code).toBe(0);
    expect(
      (await run(['org', 'trust', '--vault', p('lawyer'), '--public-key', p('org-key.json'), '--json'])).code,
    ).toBe(0);
    await writeFile(p('removal-2027.json'), JSON.stringify(updated));
  }, 120_000);
  afterAll(() => cleanup());

  it('playbook list shows the steps with their state and the next one; step done moves it on', async () => {
    const listed = await run(['playbook', 'list', '--vault', p('lawyer'), '--case', caseId, '--json']);
    expect(listed.code).toBe(0);
    const view = listed.json() as {
      playbook: { id: string };
      steps: Array<{ id: string; state: string; next: boolean }>;
    };
    expect(view.playbook.id).toBe('removal-appeal');
    expect(view.steps[0]).toMatchObject({ id: 'get-decision', state: 'open', next: true });
    const done = await run([
      'playbook',
      'step',
      'done',
      '--vault',
      p('lawyer'),
      '--case',
      caseId,
      '--step',
      'get-decision',
      '--json',
    ]);
    expect(done.code).toBe(0);
    const after = (
      await run(['playbook', 'list', '--vault', p('lawyer'), '--case', caseId, '--json'])
    ).json() as typeof view;
    expect(after.steps[0]).toMatchObject({ id: 'get-decision', state: 'done', next: false });
    expect(after.steps[1]).toMatchObject({ next: true });
    expect(
      (await run(['playbook', 'step', 'done', '--vault', p('lawyer'), '--case', caseId, '--step', 'nope'])).code,
    ).toBe(4);
    expect((await run(['playbook', 'list', '--vault', p('lawyer')])).code).toBe(2);
  });

  it('round trip: sign on the organisation vault, import on the lawyer vault, used for the case; revert goes back', async () => {
    const signed = await run([
      'playbook',
      'sign',
      p('removal-2027.json'),
      '--vault',
      p('org'),
      '--out',
      p('signed.json'),
      '--json',
    ]);
    expect(signed.code).toBe(0);
    expect(signed.json()).toMatchObject({ id: 'removal-appeal' });
    // Never overwritten by accident.
    expect(
      (await run(['playbook', 'sign', p('removal-2027.json'), '--vault', p('org'), '--out', p('signed.json')])).code,
    ).toBe(1);

    const imported = await run(['playbook', 'import', p('signed.json'), '--vault', p('lawyer'), '--json']);
    expect(imported.code).toBe(0);
    expect(imported.json()).toEqual({ id: 'removal-appeal', reviewedOn: '2027-01-15' });
    const view = (await run(['playbook', 'list', '--vault', p('lawyer'), '--case', caseId, '--json'])).json() as {
      playbook: { reviewedOn: string; title: string };
    };
    expect(view.playbook).toMatchObject({
      reviewedOn: '2027-01-15',
      title: 'Action against a removal decision (2027)',
    });

    // The same file again is not newer than the one in use.
    const again = await run(['playbook', 'import', p('signed.json'), '--vault', p('lawyer'), '--json']);
    expect(again.code).toBe(5);
    expect(again.stderr).toMatch(/playbook\.notNewer/);

    expect((await run(['playbook', 'revert', '--vault', p('lawyer'), '--id', 'removal-appeal', '--json'])).code).toBe(
      0,
    );
    const back = (
      await run(['playbook', 'list', '--vault', p('lawyer'), '--case', caseId, '--json'])
    ).json() as typeof view;
    expect(back.playbook.reviewedOn).toBe(shippedRemoval.reviewedOn);
    expect((await run(['playbook', 'revert', '--vault', p('lawyer'), '--id', 'removal-appeal'])).code).toBe(1);
  });

  it('refuses unsigned, tampered, forged, another organisation’s, older and invalid playbooks, each with its reason', async () => {
    const signedText = await readFile(p('signed.json'), 'utf8');
    const signed = JSON.parse(signedText) as { playbook: Record<string, unknown>; orgFingerprint: string };
    const cases: Array<[string, string, RegExp]> = [];
    const write = async (name: string, content: unknown, reason: RegExp) => {
      await writeFile(p(name), typeof content === 'string' ? content : JSON.stringify(content));
      cases.push([name, name, reason]);
    };
    // A plain playbook file, as shipped: not signed.
    await write('unsigned.json', updated, /playbook\.notSigned/);
    // One word of a step changed after signing.
    await write(
      'tampered.json',
      { ...signed, playbook: { ...signed.playbook, titleTr: 'Başka bir başlık' } },
      /playbook\.badSignature/,
    );
    // Signed with a key that is not the organisation's, claiming its fingerprint.
    const forger = generateKeyPairSync('ed25519');
    await write(
      'forged.json',
      signPlaybook(
        { ...updated, reviewedOn: '2027-02-01' },
        { fingerprint: signed.orgFingerprint, ed25519Private: forger.privateKey },
      ),
      /playbook\.badSignature/,
    );
    // Genuinely signed, by another organisation.
    expect(
      (await run(['playbook', 'sign', p('removal-2027.json'), '--vault', p('other-org'), '--out', p('other.json')]))
        .code,
    ).toBe(0);
    cases.push(['other.json', 'other.json', /playbook\.otherOrganisation/]);
    // Genuine and signed, but reviewed before the shipped playbook: a downgrade.
    await writeFile(p('old.json'), JSON.stringify({ ...updated, reviewedOn: '2026-01-01' }));
    expect(
      (await run(['playbook', 'sign', p('old.json'), '--vault', p('org'), '--out', p('old-signed.json')])).code,
    ).toBe(0);
    cases.push(['old-signed.json', 'old-signed.json', /playbook\.notNewer/]);

    for (const [, name, reason] of cases) {
      const refused = await run(['playbook', 'import', p(name), '--vault', p('lawyer'), '--json']);
      expect(refused.code, name).toBe(5);
      expect(refused.stderr, name).toMatch(reason);
    }
    // The supervisor cannot sign a playbook that does not pass the shipped files' checks.
    await writeFile(p('broken.json'), JSON.stringify({ ...updated, phases: [] }));
    const broken = await run([
      'playbook',
      'sign',
      p('broken.json'),
      '--vault',
      p('org'),
      '--out',
      p('broken-signed.json'),
    ]);
    expect(broken.code).toBe(5);
    expect(broken.stderr).toMatch(/playbook\.invalid/);
    // Nothing was imported by any of them: the shipped playbook is still used.
    const view = (await run(['playbook', 'list', '--vault', p('lawyer'), '--case', caseId, '--json'])).json() as {
      playbook: { reviewedOn: string };
    };
    expect(view.playbook.reviewedOn).toBe(shippedRemoval.reviewedOn);
  });

  it('petition draft lists what is missing (exit 4), then saves the draft; client-note make saves the PDF', async () => {
    const missing = await run([
      'petition',
      'draft',
      '--vault',
      p('lawyer'),
      '--case',
      caseId,
      '--template',
      'removal-annulment',
      '--json',
    ]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/decisionDate/);
    // The computed deadline comes from the engine, never typed: the notification starts it.
    const notified = await run([
      'notification',
      'add',
      '--vault',
      p('lawyer'),
      '--case',
      caseId,
      '--subject',
      'Sınır dışı etme kararı',
      '--recipient',
      'client',
      '--method',
      'hand',
      '--served',
      '2026-11-28',
      '--rule',
      'removal-appeal',
      '--json',
    ]);
    expect(notified.code).toBe(0);
    await writeFile(
      p('values.json'),
      JSON.stringify({
        decisionDate: '2026-11-25',
        decisionNumber: 'E-1-2',
        courtName: 'İSTANBUL 1. İDARE MAHKEMESİ',
        authority: 'İstanbul İl Göç İdaresi Müdürlüğü',
        lawyerName: 'Av. Deniz',
        clientIdNumber: '99123456780',
        clientAddress: 'İstanbul',
        place: 'İstanbul',
      }),
    );
    const drafted = await run([
      'petition',
      'draft',
      '--vault',
      p('lawyer'),
      '--case',
      caseId,
      '--template',
      'removal-annulment',
      '--values',
      p('values.json'),
      '--json',
    ]);
    expect(drafted.stderr).toBe('');
    expect(drafted.code).toBe(0);
    expect(drafted.json()).toMatchObject({ documentId: expect.any(String), versionNo: 1 });

    const note = await run(['client-note', 'make', '--vault', p('lawyer'), '--case', caseId, '--lang', 'ar', '--json']);
    expect(note.code).toBe(0);
    expect(note.json()).toMatchObject({ documentId: expect.any(String) });
    expect((await run(['client-note', 'make', '--vault', p('lawyer'), '--case', caseId, '--lang', 'xx'])).code).toBe(4);
  });

  it('in the app: playbooks:import opens the file in the platform dialog; refusals carry their reason; revert', async () => {
    let chosen: string[] = [];
    const backend = testBackend({ vaultDir: p('lawyer'), clock, openFilesDialog: () => Promise.resolve(chosen) });
    try {
      await callOn(backend, 'vault:unlock', { passphrase: STRONG_PASSPHRASE });
      expect(await callOn(backend, 'playbooks:import', {})).toEqual({ cancelled: true });
      chosen = [p('other.json')];
      const refused = await invokeOn(backend, 'playbooks:import', {});
      expect(refused.ok ? null : refused.error.details).toContain('playbook.otherOrganisation');
      chosen = [p('signed.json')];
      expect(await callOn(backend, 'playbooks:import', {})).toMatchObject({ cancelled: false, id: 'removal-appeal' });
      const { playbooks } = await callOn(backend, 'playbooks:list', {});
      expect(playbooks.find((x) => x.id === 'removal-appeal')).toMatchObject({
        imported: true,
        reviewedOn: '2027-01-15',
      });
      expect((await callOn(backend, 'playbooks:imports', {})).imports).toMatchObject([
        { id: 'removal-appeal', valid: true },
      ]);
      await callOn(backend, 'playbooks:revert', { id: 'removal-appeal' });
      const after = (await callOn(backend, 'playbooks:list', {})).playbooks.find((x) => x.id === 'removal-appeal');
      expect(after).toMatchObject({ imported: false, reviewedOn: shippedRemoval.reviewedOn });
    } finally {
      await backend.dispose();
    }
  });
});
