import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReportCommand } from '../../src-main/cli/report-commands';
import { createCasefile } from '../../src-main/services/casefile';
import { fakeClock } from '../../src-main/services/clock';
import { createDocumentService } from '../../src-main/services/documents';
import { generatePair, rawPublicKey } from '../../src-main/services/reports/key-material';
import { fingerprintWords } from '../../src-main/services/reports/fingerprint';
import { lawyerFingerprint } from '../../src-main/services/reports/key-store';
import { sealReport } from '../../src-main/services/reports/envelope';
import { createVaultService } from '../../src-main/services/vault-service';
import { documentsDir } from '../../src-main/storage/document-store';
import { possibleTrueCounts } from '../../src-main/domain/reports';
import { reportSchema, type ReportRow } from '../../src-main/shared/schemas/report';
import { vaultPaths } from '../../src-main/storage/vault-paths';
import { capturingIo } from '../helpers/cli';
import { validForeignId } from '../helpers/identity';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

/**
 * Reports end to end through the CLI (the same code path as `npm run cli -- org …/report …`),
 * on real SQLCipher vaults: two lawyers, a supervisor, a stranger and a second organisation.
 */
const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
const CANARIES = {
  names: ['Zümrüt Kanarya', 'Qasim Canaryzadeh', 'Ferhunde Sarıkuş'],
  ids: [validForeignId(4711001), validForeignId(4711002), validForeignId(4711003)],
  phones: ['+90 555 123 45 67', '+90 532 765 43 21'],
  note: 'CANARY-NOTE Tuzla ziyaretinde anlatılan gizli ayrıntı',
  district: 'Kanaryaköy',
  title: 'CANARY-DOC pasaport fotokopisi',
  activity: 'CANARY-ACTIVITY duruşma özeti',
  father: 'Babaadı Kanaryaoğlu',
};
const canaryStrings = (): string[] => [
  ...CANARIES.names,
  ...CANARIES.names.flatMap((n) => n.split(' ')),
  ...CANARIES.ids,
  ...CANARIES.phones,
  ...CANARIES.phones.map((p) => p.replace(/\D/g, '')),
  CANARIES.note,
  'CANARY',
  CANARIES.district,
  CANARIES.title,
  CANARIES.father,
];

/** The fields of the commands' JSON output these tests read. */
interface CliJson {
  publicKeyFile: string;
  fingerprint: string;
  k: number;
  error: { code: string; reason?: string };
  accepted: Array<{ status: string; period: string; lawyer: string }>;
  duplicates: Array<{ period: string; conflictsWith: string }>;
  tables: Array<{ id: string; rows: ReportRow[] }>;
}

/** A published (perturbed) count that the true count could have produced; never 1 or 2. */
const fromTrue = (published: number | null | undefined, trueCount: number): boolean =>
  published !== null &&
  published !== undefined &&
  published !== 1 &&
  published !== 2 &&
  possibleTrueCounts(published).includes(trueCount);

/** The report commands in-process, on the test's clock. */
async function cli(args: string[]) {
  const { io, out, printed } = capturingIo({ EMANET_LANG: 'en', EMANET_PASSPHRASE: STRONG_PASSPHRASE });
  const code = await runReportCommand(args, io, clock);
  return { ...printed(code), json: () => JSON.parse(out.join('\n')) as CliJson };
}

interface ClientSpec {
  name: string;
  consent: 'given' | 'none' | 'withdrawn';
  nationality: string;
  gender: 'female' | 'male';
}

/** A lawyer's vault with one active Q3 case per client, filled through the casefile services. */
async function lawyerVault(dir: string, clients: ClientSpec[], withCanaries: boolean): Promise<void> {
  const vault = createVaultService({ paths: vaultPaths(dir), clock, kdfCost: TEST_KDF });
  await vault.create(STRONG_PASSPHRASE);
  const casefile = createCasefile({ db: () => vault.db(), clock });
  const documents = createDocumentService({ db: () => vault.db(), clock, documentsDir: documentsDir(dir) });
  for (const [i, c] of clients.entries()) {
    const [givenName, familyName] = c.name.split(' ');
    const consents =
      c.consent === 'none'
        ? []
        : [
            {
              kind: 'reporting',
              givenOn: '2026-06-01',
              scope: 'anonymized-reports',
              how: 'written',
              ...(c.consent === 'withdrawn' ? { withdrawnOn: '2026-10-01' } : {}),
            },
          ];
    const { caseId } = await casefile.intake({
      client: {
        givenName,
        familyName,
        fatherName: CANARIES.father,
        nationality: c.nationality,
        gender: { kind: c.gender },
        dateOfBirth: { precision: 'exact', date: '1990-05-17' },
        phone: CANARIES.phones[i % 2],
        identityNumbers: [{ kind: 'foreign-id', value: CANARIES.ids[i % 3] }],
        address: { provinceCode: '34', district: CANARIES.district, line: 'Kanarya Sokak 7' },
        vulnerabilities: [{ code: 'survivor-of-torture', since: '2026-01-01', note: CANARIES.note }],
        consents,
      },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2026-07-10', title: CANARIES.title },
      otherClientIds: [],
    });
    await casefile.timeline.addNote(caseId, CANARIES.note);
    await casefile.timeline.addActivity({
      caseId,
      kind: 'removal-centre-visit',
      occurredOn: '2026-08-03',
      durationMinutes: 90,
      summary: CANARIES.activity,
    });
    await casefile.timeline.addTime({
      caseId,
      workedOn: '2026-08-03',
      minutes: 150,
      description: CANARIES.note,
      proBono: true,
    });
    if (withCanaries && i === 0) {
      const source = join(dir, '..', `source-${i}.txt`);
      await writeFile(source, 'scan');
      await documents.add({ caseId, title: CANARIES.title, category: 'other' }, { kind: 'file', path: source });
    }
  }
  await vault.lock();
}

const six = (names: string[], nationality: string): ClientSpec[] =>
  names.map((name) => ({ name, consent: 'given', nationality, gender: 'female' }));

describe('anonymized reports: keys, export, aggregate', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  const v = (name: string) => join(root, name);
  const f = (name: string) => join(root, name);
  /** Each lawyer's signing-key words, as `org trust` prints them (compared before enrolling). */
  const lawyerWords: Record<string, string> = {};

  beforeAll(async () => {
    ({ dir: root, cleanup } = await makeTempDir('emanet-reports-'));
    const canaryNames = [...CANARIES.names, 'Leyla Hüseyni', 'Mina Rezai', 'Sara Ahmadi'];
    await lawyerVault(
      v('lawyer-a'),
      [
        ...six(canaryNames, 'SY'),
        { name: 'Omid Karimi', consent: 'none', nationality: 'AF', gender: 'male' },
        { name: 'Reza Jafari', consent: 'none', nationality: 'AF', gender: 'male' },
        { name: 'Hamid Noori', consent: 'withdrawn', nationality: 'AF', gender: 'male' },
      ],
      true,
    );
    await lawyerVault(
      v('lawyer-b'),
      six(['Aya Nasser', 'Huda Saleh', 'Rana Haddad', 'Nour Aziz', 'Dima Khalil', 'Lina Yousef'], 'SY'),
      false,
    );
    await lawyerVault(
      v('stranger'),
      six(['Ana Bell', 'Eva Dorn', 'Ida Falk', 'Ula Gorn', 'Ola Hest', 'Ina Jarl'], 'IQ'),
      false,
    );
    for (const name of ['org', 'org-2']) {
      const vault = createVaultService({ paths: vaultPaths(v(name)), clock, kdfCost: TEST_KDF });
      await vault.create(STRONG_PASSPHRASE);
      await vault.lock();
    }
  });
  afterAll(async () => cleanup());

  it('keygen prints the public key file and fingerprint words; lawyers trust it and see the same words', async () => {
    const gen = await cli(['org', 'keygen', '--vault', v('org'), '--k', '5', '--out', f('org.json'), '--json']);
    expect(gen.code).toBe(0);
    const { publicKeyFile, fingerprint } = gen.json();
    expect(fingerprint.split(' ')).toHaveLength(8);
    expect(JSON.parse(await readFile(publicKeyFile, 'utf8'))).toMatchObject({ format: 'emanet-org-public-key', k: 5 });
    for (const lawyer of ['lawyer-a', 'lawyer-b', 'stranger']) {
      const trust = await cli(['org', 'trust', '--vault', v(lawyer), '--public-key', publicKeyFile, '--json']);
      expect(trust.code).toBe(0);
      expect(trust.json()).toMatchObject({ fingerprint, k: 5 });
      lawyerWords[lawyer] = (trust.json() as unknown as { lawyerFingerprint: string }).lawyerFingerprint;
    }
    // Regenerating prints the same key: the organisation key is created once. An existing file
    // is never overwritten without --force.
    expect((await cli(['org', 'keygen', '--vault', v('org'), '--out', f('org.json'), '--json'])).code).toBe(1);
    const again = await cli(['org', 'keygen', '--vault', v('org'), '--out', f('org.json'), '--force', '--json']);
    expect(again.json().fingerprint).toBe(fingerprint);

    const other = await cli(['org', 'keygen', '--vault', v('org-2'), '--out', f('org-2.json'), '--json']);
    expect(other.json().fingerprint).not.toBe(fingerprint);
    const altered = JSON.parse(await readFile(publicKeyFile, 'utf8'));
    await writeFile(f('lowered-k.json'), JSON.stringify({ ...altered, k: 3 }));
    const refused = await cli([
      'org',
      'trust',
      '--vault',
      v('lawyer-a'),
      '--public-key',
      f('lowered-k.json'),
      '--json',
    ]);
    expect(refused.code).toBe(5);
    expect(refused.json().error.reason).toBe('orgKey.badSignature');
  });

  it('exports sealed and unsealed; no name, number, phone, note, district or title appears in any byte', async () => {
    // A copy of lawyer A's vault as a backup would restore it before the release: its own
    // release register is empty, so only the supervisor's register stands in its way later.
    await cp(v('lawyer-a'), v('lawyer-a-restored'), { recursive: true });
    const sealed = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a'),
      '--period',
      '2026-Q3',
      '--out',
      f('a-q3.report'),
      '--json',
    ]);
    expect(sealed.code).toBe(0);
    expect(sealed.json()).toMatchObject({ sealed: true, period: '2026-Q3', revision: 1, k: 5 });
    // Perturbed like any count (issue 15): published exactly, a change of one marked a withdrawal.
    expect(fromTrue((sealed.json() as unknown as { excludedForNoConsent: number }).excludedForNoConsent, 3)).toBe(true);
    const json = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a'),
      '--period',
      '2026-Q3',
      '--out',
      f('a-q3.json'),
      '--unsealed',
      '--json',
    ]);
    expect(json.code).toBe(0);
    expect(json.stderr).toMatch(/UNSEALED/);
    const csv = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a'),
      '--period',
      '2026-Q3',
      '--out',
      f('a-q3.csv'),
      '--unsealed',
      '--format',
      'csv',
    ]);
    // The unsealed copies carry exactly the released figures, so the register lets them through.
    expect(csv.code).toBe(0);
    expect(await readFile(f('a-q3.csv'), 'utf8')).toMatch(/^# emanet report v2,period=2026-Q3/);

    const outputs = [
      await readFile(f('a-q3.report')),
      await readFile(f('a-q3.json')),
      await readFile(f('a-q3.csv')),
      ...[sealed, json, csv].flatMap((r) => [Buffer.from(r.stdout), Buffer.from(r.stderr)]),
    ];
    for (const bytes of outputs) {
      for (const canary of canaryStrings()) {
        expect(bytes.includes(Buffer.from(canary, 'utf8')), canary).toBe(false);
        expect(bytes.includes(Buffer.from(canary, 'utf16le')), canary).toBe(false);
      }
    }
    // Exact dates never appear either: only the period.
    expect((await readFile(f('a-q3.json'), 'utf8')).match(/\d{4}-\d{2}-\d{2}/)).toBeNull();
  });

  it('counts only clients with reporting consent; perturbs every count; withholds what all clients share', async () => {
    const report = reportSchema.parse(JSON.parse(await readFile(f('a-q3.json'), 'utf8')));
    const rows = (id: string) => report.tables.find((t) => t.id === id)!.rows as ReportRow[];
    const cell = (id: string, dim: string, value: string) =>
      rows(id).find((r: { key: Record<string, string> }) => r.key[dim] === value);
    expect(fromTrue(report.excludedForNoConsent, 3)).toBe(true);
    // Every counted client is a Syrian woman: publishing either breakdown would say so of each
    // of them (group disclosure), so both are withheld whole; so is a vulnerability all share.
    expect(rows('clients.by-gender').every((r) => r.suppressed)).toBe(true);
    expect(rows('clients.by-nationality').every((r) => r.suppressed)).toBe(true);
    expect(cell('clients.by-vulnerability', 'vulnerability', 'survivor-of-torture')).toMatchObject({
      suppressed: true,
    });
    // The nationality rows are the organisation's fixed list, whatever the counts.
    expect(
      rows('clients.by-nationality')
        .map((r) => r.key.nationality)
        .slice(0, 3),
    ).toEqual(['SY', 'AF', 'IR']);
    // Every case is a removal appeal: the type of every case is withheld the same way.
    expect(cell('cases.by-type', 'caseType', 'removal-appeal')).toMatchObject({ suppressed: true });
    expect(fromTrue(cell('activities.by-kind', 'activityKind', 'removal-centre-visit')?.count, 6)).toBe(true);
    // 6 × 150 minutes = 15 hours from six cases, none dominant: rounded to a multiple of 5.
    expect(cell('hours.pro-bono', 'measure', 'pro-bono-hours')).toMatchObject({ count: 15 });
    for (const t of report.tables) for (const r of t.rows) expect(r.count === 1 || r.count === 2).toBe(false);
  });

  it('aggregates two lawyers, re-suppresses, and flags the same lawyer and period twice', async () => {
    expect(
      (await cli(['report', 'export', '--vault', v('lawyer-b'), '--period', '2026-Q3', '--out', f('b-q3.report')]))
        .code,
    ).toBe(0);
    // Each new signer is enrolled on its own, by the words compared with that lawyer.
    const enrollB = await cli([
      'report',
      'aggregate',
      '--vault',
      v('org'),
      f('b-q3.report'),
      '--enroll',
      lawyerWords['lawyer-b'] ?? '',
    ]);
    expect(enrollB.code).toBe(0);
    const first = await cli([
      'report',
      'aggregate',
      '--vault',
      v('org'),
      f('a-q3.report'),
      f('b-q3.report'),
      '--enroll',
      lawyerWords['lawyer-a'] ?? '',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const result = first.json();
    expect(result.accepted.map((a) => a.status)).toEqual(['new', 'already-registered']);
    // Withheld in both lawyers' reports (all clients women): no figure, not a made-up one.
    const gender = result.tables.find((t) => t.id === 'clients.by-gender')!;
    expect(gender.rows.find((r) => r.key.gender === 'female')).toMatchObject({ count: null, suppressed: true });
    const hours = result.tables.find((t) => t.id === 'hours.pro-bono')!;
    expect(hours.rows[0]).toMatchObject({ count: 30 });
    for (const canary of canaryStrings()) expect(first.stdout).not.toContain(canary);

    // The same period again from lawyer A: the same figures, so a copy (registered once); a month
    // inside the released quarter is refused by lawyer A's own release register.
    const copy = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a'),
      '--period',
      '2026-Q3',
      '--out',
      f('a-q3-again.report'),
    ]);
    expect(copy.code).toBe(0);
    const month = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a'),
      '--period',
      '2026-08',
      '--out',
      f('a-08.report'),
      '--json',
    ]);
    expect(month.code).toBe(1);
    expect(month.json().error.reason).toBe('release.overlap');
    // A vault restored from before the release knows nothing of it: the supervisor's register
    // still refuses its month inside the quarter.
    const restored = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a-restored'),
      '--period',
      '2026-08',
      '--out',
      f('a-08.report'),
    ]);
    expect(restored.code).toBe(0);
    const again = await cli([
      'report',
      'aggregate',
      '--vault',
      v('org'),
      f('a-q3.report'),
      f('a-q3-again.report'),
      f('a-08.report'),
      '--json',
    ]);
    expect(again.code).toBe(0);
    const flagged = again.json();
    expect(flagged.accepted).toMatchObject([{ period: '2026-Q3', status: 'already-registered' }]);
    expect(flagged.duplicates.map((d) => [d.period, d.conflictsWith])).toEqual([['2026-08', '2026-Q3']]);
    expect(again.stderr).toMatch(/Duplicate report left out/);
  });

  it('two lawyers whose reports carry the same figures are both counted, in a later batch too', async () => {
    // Small practices round to the same published figures: the reports' JSON is then identical
    // byte for byte, and only the signer tells them apart. (This once made the test above flaky.)
    const orgFile = JSON.parse(await readFile(f('org.json'), 'utf8'));
    const recipient = JSON.parse(await readFile(f('a-q3.report'), 'utf8')).recipient as string;
    const figures = JSON.stringify({
      schemaVersion: 2,
      revision: 1,
      period: '2026-Q1',
      k: 5,
      excludedForNoConsent: 0,
      tables: [],
    });
    const signers = ['x', 'y'].map((name) => {
      const pair = generatePair('Ed25519');
      const publicKey = rawPublicKey(pair.publicKey);
      return { name, publicKey, privateKey: pair.privateKey, words: fingerprintWords(lawyerFingerprint(publicKey)) };
    });
    for (const s of signers) {
      await writeFile(
        f(`${s.name}-q1.report`),
        sealReport(figures, s, { fingerprint: recipient, x25519: orgFile.x25519 }),
      );
      const enrolled = await cli([
        'report',
        'aggregate',
        '--vault',
        v('org'),
        f(`${s.name}-q1.report`),
        '--enroll',
        s.words,
        '--json',
      ]);
      expect(enrolled.code).toBe(0);
      expect(enrolled.json().accepted.map((a) => a.status)).toEqual(['new']);
    }
    const both = await cli(['report', 'aggregate', '--vault', v('org'), f('x-q1.report'), f('y-q1.report'), '--json']);
    expect(both.code).toBe(0);
    expect(both.json().accepted.map((a) => [a.lawyer, a.status])).toEqual(
      signers.map((s) => [s.words, 'already-registered']),
    );
  });

  it('refuses tampered files, strangers, forged signers and reports sealed to another organisation (exit 5)', async () => {
    const original = JSON.parse(await readFile(f('a-q3.report'), 'utf8'));
    const ct = Buffer.from(original.box.ciphertext, 'base64');
    ct[10] = (ct[10] ?? 0) ^ 1;
    await writeFile(
      f('tampered.report'),
      JSON.stringify({ ...original, box: { ...original.box, ciphertext: ct.toString('base64') } }),
    );
    await writeFile(f('truncated.report'), (await readFile(f('a-q3.report'))).subarray(0, 200));

    await cli(['report', 'export', '--vault', v('stranger'), '--period', '2026-Q3', '--out', f('stranger.report')]);
    await cli(['org', 'trust', '--vault', v('stranger'), '--public-key', f('org-2.json')]);
    await cli(['report', 'export', '--vault', v('stranger'), '--period', '2026-Q3', '--out', f('other-org.report')]);

    // A stranger signs a report but names lawyer A's public key as the signer.
    const orgFile = JSON.parse(await readFile(f('org.json'), 'utf8'));
    const aKey = await lawyerPublicKey(v('lawyer-a'));
    const forged = sealReport(
      JSON.stringify({ schemaVersion: 2, revision: 1, period: '2026-Q2', k: 5, excludedForNoConsent: 0, tables: [] }),
      { privateKey: generatePair('Ed25519').privateKey, publicKey: aKey },
      { fingerprint: original.recipient, x25519: orgFile.x25519 },
    );
    await writeFile(f('forged.report'), forged);

    const cases: Array<[string, string]> = [
      ['tampered.report', 'report.tampered'],
      ['truncated.report', 'report.notAReportFile'],
      ['stranger.report', 'report.unknownSigner'],
      ['other-org.report', 'report.wrongOrganisation'],
      ['forged.report', 'report.badSignature'],
    ];
    for (const [file, reason] of cases) {
      const r = await cli(['report', 'aggregate', '--vault', v('org'), f('b-q3.report'), f(file), '--json']);
      expect(r.code, file).toBe(5);
      expect(r.json().error.reason, file).toBe(reason);
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    // Nothing from a refused batch was registered: B's report is still the only Q3 from B.
    const ok = await cli(['report', 'aggregate', '--vault', v('org'), f('b-q3.report'), '--json']);
    expect(ok.json().accepted).toMatchObject([{ status: 'already-registered' }]);
  });

  it('exit codes: invalid period or k 4, usage 2, existing output refused without --force', async () => {
    const bad = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a'),
      '--period',
      '2026-13',
      '--out',
      f('x.report'),
      '--json',
    ]);
    expect(bad.code).toBe(4);
    const future = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a'),
      '--period',
      '2027-Q1',
      '--out',
      f('x.report'),
    ]);
    expect(future.code).toBe(4);
    const lowK = await cli([
      'report',
      'export',
      '--vault',
      v('lawyer-a'),
      '--period',
      '2026-Q3',
      '--k',
      '4',
      '--out',
      f('x.report'),
    ]);
    expect(lowK.code).toBe(4);
    expect((await cli(['report', 'export', '--vault', v('lawyer-a'), '--out', f('x.report')])).code).toBe(2);
    expect((await cli(['report', 'aggregate', '--vault', v('org')])).code).toBe(2);
    expect(
      (await cli(['report', 'export', '--vault', v('lawyer-a'), '--period', '2026-Q3', '--out', f('a-q3.report')]))
        .code,
    ).toBe(1);
    const noTrust = await cli([
      'report',
      'export',
      '--vault',
      v('org'),
      '--period',
      '2026-Q3',
      '--out',
      f('y.report'),
      '--json',
    ]);
    expect(noTrust.code).toBe(5);
    expect(noTrust.json().error.reason).toBe('orgKey.notTrusted');
  });
});

async function lawyerPublicKey(dir: string): Promise<string> {
  const vault = createVaultService({ paths: vaultPaths(dir), clock });
  await vault.unlock(STRONG_PASSPHRASE);
  try {
    const row = await vault
      .db()
      .selectFrom('report_key')
      .select('public_key')
      .where('role', '=', 'lawyer')
      .executeTakeFirstOrThrow();
    return (JSON.parse(row.public_key) as { ed25519: string }).ed25519;
  } finally {
    await vault.lock();
  }
}
