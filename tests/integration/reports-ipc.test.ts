import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { possibleTrueCounts } from '../../src-main/domain/reports';
import { fakeClock } from '../../src-main/services/clock';
import type { ChannelOutput } from '../../src-main/shared/contract';
import {
  LAWYER_A,
  LAWYER_B,
  MERGED_VISITS,
  PERIOD,
  REPORT_PASSPHRASE,
  reportBackend,
  seedLawyer,
  type ReportBackend,
} from '../e2e/reports-seed';
import { scaled } from '../helpers/timing';

/**
 * The `reports:` channels end to end through the router, on real vaults: two lawyers and a
 * supervisor, files passing only through the injected dialogs (no channel takes a path).
 */
const clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
const ORIGIN = 'app://emanet';

type Dashboard = ChannelOutput<'reports:dashboard'>;
/** A published (perturbed) count the true count could have produced (never 1 or 2). */
const fromTrue = (published: number | null | undefined, trueCount: number): boolean =>
  typeof published === 'number' &&
  published !== 1 &&
  published !== 2 &&
  possibleTrueCounts(published).includes(trueCount);
const cell = (d: Dashboard, table: string, key: Record<string, string>) =>
  d.tables.find((t) => t.id === table)?.rows.find((r) => Object.entries(key).every(([dim, v]) => r.key[dim] === v));

describe('reports over IPC: trust, preview, export, import, register, dashboard', () => {
  let a: ReportBackend;
  let b: ReportBackend;
  let sup: ReportBackend;
  let orgKeyPath: string;
  let orgWords: string;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    [a, b, sup] = await Promise.all([
      reportBackend(clock, ORIGIN),
      reportBackend(clock, ORIGIN),
      reportBackend(clock, ORIGIN),
    ]);
    await seedLawyer(a, LAWYER_A);
    await seedLawyer(b, LAWYER_B);
    await sup.call('vault:create', { passphrase: REPORT_PASSPHRASE });
  }, scaled(60_000));

  afterAll(async () => {
    await Promise.all([a, b, sup].map((x) => x?.dispose()));
  });

  it('a fresh vault has no role; setupOrg makes it the organisation’s, exportOrgKey writes the public key', async () => {
    expect(await sup.call('reports:status', {})).toMatchObject({ role: 'none', orgTrusted: null, orgK: null });
    const setup = await sup.call('reports:setupOrg', { k: 5 });
    orgWords = setup.fingerprintWords;
    expect(orgWords.split(' ')).toHaveLength(8);
    const exported = await sup.call('reports:exportOrgKey', {});
    expect(exported).toMatchObject({ cancelled: false, fingerprintWords: orgWords });
    orgKeyPath = path.join(sup.exportDir, exported.fileName ?? '');
    expect(JSON.parse(await readFile(orgKeyPath, 'utf8'))).toMatchObject({ format: 'emanet-org-public-key', k: 5 });
    expect(await sup.call('reports:status', {})).toMatchObject({
      role: 'supervisor',
      ownFingerprintWords: orgWords,
      orgK: 5,
    });
  });

  it('trustOrg stores nothing until confirmTrust with the same words; a bad key file is refused with its reason', async () => {
    const junk = path.join(a.exportDir, 'not-a-key.json');
    await writeFile(junk, '{"hello":1}');
    a.openQueue.push([junk]);
    const refused = await a.backend.invoke('reports:trustOrg', {}, a.sender);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INTEGRITY', details: ['orgKey.invalid'] } });

    a.openQueue.push([orgKeyPath]);
    const opened = await a.call('reports:trustOrg', {});
    expect(opened).toEqual({ cancelled: false, fingerprintWords: orgWords, k: 5 });
    expect(a.openedFor.at(-1)).toBe('org-key');
    expect((await a.call('reports:status', {})).role).toBe('none');
    const wrong = await a.backend.invoke('reports:confirmTrust', { fingerprintWords: 'yanlış kelimeler' }, a.sender);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const confirmed = await a.call('reports:confirmTrust', { fingerprintWords: orgWords });
    expect(confirmed.fingerprintWords).toBe(orgWords);
    expect(await a.call('reports:status', {})).toMatchObject({
      role: 'lawyer',
      orgTrusted: { fingerprintWords: orgWords, k: 5 },
      ownFingerprintWords: confirmed.ownFingerprintWords,
    });
    // Cancelling the dialog changes nothing.
    expect(await a.call('reports:trustOrg', {})).toEqual({ cancelled: true });

    b.openQueue.push([orgKeyPath]);
    const forB = await b.call('reports:trustOrg', {});
    await b.call('reports:confirmTrust', { fingerprintWords: forB.fingerprintWords ?? '' });
  });

  it('preview is the report that leaves: perturbed counts, consent exclusions too; never a 1 or a 2', async () => {
    const preview = await a.call('reports:preview', { period: PERIOD });
    expect(preview).toMatchObject({ schemaVersion: 2, revision: 1, period: PERIOD, k: 5 });
    expect(fromTrue(preview.excludedForNoConsent, 2)).toBe(true);
    const visits = preview.tables.find((t) => t.id === 'activities.by-kind');
    expect(fromTrue(visits?.rows.find((r) => r.key.activityKind === 'removal-centre-visit')?.count, 6)).toBe(true);
    // The same records give the same figures: a second preview is identical.
    expect(await a.call('reports:preview', { period: PERIOD })).toEqual(preview);
    const fromB = await b.call('reports:preview', { period: PERIOD });
    const nationality = fromB.tables.find((t) => t.id === 'clients.by-nationality')?.rows ?? [];
    // Two Iranian clients: Iran is on the organisation's list, so it has its own row, published
    // as 0 or 3 (never 2); the rows come in the list's order, not by count.
    expect([0, 3]).toContain(nationality.find((r) => r.key.nationality === 'IR')?.count);
    expect(nationality.map((r) => r.key.nationality).slice(0, 3)).toEqual(['SY', 'AF', 'IR']);
    for (const t of fromB.tables) for (const r of t.rows) expect([1, 2]).not.toContain(r.count);
  });

  it('export writes a sealed file through the save dialog, without any client data in it', async () => {
    for (const [name, x] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const out = await x.call('reports:export', { period: PERIOD });
      expect(out.cancelled).toBe(false);
      files[name] = path.join(x.exportDir, out.fileName ?? '');
      const text = await readFile(files[name], 'utf8');
      expect(JSON.parse(text)).toMatchObject({ format: 'emanet-sealed-report' });
      for (const secret of ['Aylin', 'Berna', 'Deneme', 'removal-appeal', PERIOD]) expect(text).not.toContain(secret);
    }
  });

  it('import: unknown signers are held until enrolled; tampered refused; the same file again is a duplicate', async () => {
    const tampered = path.join(sup.exportDir, 'tampered.json');
    const sealed = JSON.parse(await readFile(files.a!, 'utf8')) as {
      box: { ciphertext?: string } & Record<string, string>;
    };
    const field = Object.keys(sealed.box).find((k) => k !== 'v' && sealed.box[k]!.length > 40) ?? 'ciphertext';
    const original = sealed.box[field]!;
    sealed.box[field] = (original[0] === 'A' ? 'B' : 'A') + original.slice(1);
    await writeFile(tampered, JSON.stringify(sealed));

    sup.openQueue.push([files.a!, files.b!, tampered]);
    const first = await sup.call('reports:import', {});
    expect(sup.openedFor.at(-1)).toBe('report-files');
    expect(first.results.map((r) => r.status)).toEqual(['unknownSigner', 'unknownSigner', 'refused']);
    expect(first.results[2]).toMatchObject({ status: 'refused', reason: 'report.tampered', file: 'tampered.json' });
    expect((await sup.call('reports:register', {})).reports).toEqual([]);

    const aWords = (await a.call('reports:status', {})).ownFingerprintWords;
    for (const held of first.results) {
      if (held.status !== 'unknownSigner') continue;
      const bad = await sup.backend.invoke(
        'reports:enroll',
        { pendingId: held.pendingId, lawyerWords: 'başka' },
        sup.sender,
      );
      expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    // A mismatch drops the hold: the supervisor imports again and enrolls with the right words.
    sup.openQueue.push([files.a!, files.b!]);
    const again = await sup.call('reports:import', {});
    for (const held of again.results) {
      if (held.status !== 'unknownSigner') throw new Error('expected a held file');
      const enrolled = await sup.call('reports:enroll', { pendingId: held.pendingId, lawyerWords: held.lawyerWords });
      expect(enrolled).toMatchObject({ status: 'accepted', period: PERIOD });
    }
    expect(again.results[0]).toMatchObject({ lawyerWords: aWords });

    const register = (await sup.call('reports:register', {})).reports;
    expect(register.map((r) => r.period)).toEqual([PERIOD, PERIOD]);
    expect(new Set(register.map((r) => r.lawyerWords)).size).toBe(2);

    sup.openQueue.push([files.a!]);
    const dup = await sup.call('reports:import', {});
    expect(dup.results).toEqual([expect.objectContaining({ status: 'duplicate', reason: 'sameFile', period: PERIOD })]);
    expect((await sup.call('reports:register', {})).reports).toHaveLength(2);
  });

  it('dashboard adds the perturbed figures up; KPIs, who has not reported; CSV through the save dialog', async () => {
    const d = await sup.call('reports:dashboard', {});
    expect(d).toMatchObject({ k: 5, minLawyers: 3, periods: [PERIOD], lawyers: 2 });
    const visits = cell(d, 'activities.by-kind', { activityKind: 'removal-centre-visit' });
    // Two lawyers' perturbed counts (each within 2 of the truth) added up.
    expect(visits?.suppressed).toBe(false);
    expect(Math.abs((visits?.count ?? 0) - MERGED_VISITS)).toBeLessThanOrEqual(4);
    // Lawyer A withheld nationality (all Syrian), B's "other" is 0: no figure, not a made-up 0.
    expect(cell(d, 'clients.by-nationality', { nationality: 'other' })).toMatchObject({
      count: null,
      suppressed: true,
    });
    // A sensitive code from fewer than N = 3 lawyers is never shown.
    expect(cell(d, 'clients.by-vulnerability', { vulnerability: 'survivor-of-torture' })).toMatchObject({
      count: null,
      suppressed: true,
    });
    for (const t of d.tables) for (const r of t.rows) expect([1, 2]).not.toContain(r.count);
    expect(d.casesOverTime).toHaveLength(1);
    expect(d.kpis).toMatchObject({ focusPeriod: PERIOD, reportsReceived: 2, reportsExpected: 2 });
    expect(d.notReported).toEqual([]);

    const csv = await sup.call('reports:exportCsv', {});
    const text = await readFile(path.join(sup.exportDir, csv.fileName ?? ''), 'utf8');
    expect(text).toContain(`activities.by-kind,activities,activityKind=removal-centre-visit,${visits?.count},false`);
    expect(text).toContain('clients.by-nationality,clients,nationality=other,,true');
  });

  it('the lawyer\u2019s register refuses the same period with changed figures, overlaps and unfinished periods', async () => {
    expect((await a.call('reports:releases', {})).releases).toMatchObject([
      { period: PERIOD, revision: 1, schemaVersion: 2 },
    ]);
    const refusal = async (input: { period: string; correction?: boolean }) =>
      a.backend.invoke('reports:export', input, a.sender);
    expect(await refusal({ period: '2026-08' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: ['release.overlap'] },
    });
    expect(await refusal({ period: '2026-11' })).toMatchObject({
      ok: false,
      error: { details: ['release.unfinished'] },
    });
    expect(await refusal({ period: '2026-Q2', correction: true })).toMatchObject({
      ok: false,
      error: { details: ['release.nothingToCorrect'] },
    });
  });

  it('the supervisor names enrolled lawyers; the dashboard lists who has not reported by that name', async () => {
    const register = (await sup.call('reports:register', {})).reports;
    const [first, second] = register;
    await sup.call('reports:labelLawyer', { lawyerWords: first!.lawyerWords, label: 'Av. Ayşe (Van)' });
    expect((await sup.call('reports:register', {})).reports[0]).toMatchObject({ label: 'Av. Ayşe (Van)', revision: 1 });
    // Nobody has reported for a period chosen before anything arrived.
    const d = await sup.call('reports:dashboard', { periods: ['2026-Q2'] });
    expect(d.kpis).toMatchObject({ focusPeriod: '2026-Q2', reportsReceived: 0, reportsExpected: 2 });
    expect(d.notReported).toEqual(
      expect.arrayContaining([
        { lawyerWords: first!.lawyerWords, label: 'Av. Ayşe (Van)' },
        { lawyerWords: second!.lawyerWords, label: null },
      ]),
    );
    expect(d.kpis.active).toEqual({ value: null, partial: false });
  });

  it('lock drops what was opened but not confirmed', async () => {
    sup.openQueue.push([files.a!]);
    await sup.call('reports:import', {}); // same file: duplicate, nothing held
    b.openQueue.push([orgKeyPath]);
    const opened = await b.call('reports:trustOrg', {});
    await b.call('vault:lock', {});
    await b.call('vault:unlock', { passphrase: REPORT_PASSPHRASE });
    const after = await b.backend.invoke(
      'reports:confirmTrust',
      { fingerprintWords: opened.fingerprintWords ?? '' },
      b.sender,
    );
    expect(after).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
