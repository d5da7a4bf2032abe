import { describe, expect, it } from 'vitest';
import {
  ageBand,
  ageReferenceDate,
  buildReport,
  checkRelease,
  parsePeriod,
  possibleTrueCounts,
  type BuiltReport,
  type ReportRecords,
} from '../../../src-main/domain/reports';
import { candidatesForLeaver, possibleTotals, preimage, type PartitionRelease } from './attack';
import { caseLoad, recordKeyFrom, seeded } from './case-load';

/**
 * The attacks of issue 15 against published figures, each by exhaustive search over every true
 * count the published perturbation table allows (attack.ts): the attacker knows the table, the
 * method and every published figure, but no record key. Each asserts that no single client's
 * attribute is pinned. Case loads are seeded (case-load.ts), so every run checks the same cases.
 */
const K = 5;
const TODAY = '2026-11-28';
const Q3 = parsePeriod('2026-Q3')!;
const CAP = 400;
const PARTITIONS = ['clients.by-nationality', 'clients.by-gender', 'clients.by-age-band', 'clients.by-interpreter'] as const;

function partition(report: BuiltReport, id: string, dim: string): PartitionRelease {
  const table = report.tables.find((t) => t.id === id)!;
  return { cells: new Map(table.rows.map((r) => [r.key[dim]!, r.count])) };
}
const DIM: Record<(typeof PARTITIONS)[number], string> = {
  'clients.by-nationality': 'nationality',
  'clients.by-gender': 'gender',
  'clients.by-age-band': 'ageBand',
  'clients.by-interpreter': 'interpreter',
};

/** For client x, present in `withX` and not in `withoutX`: the values each partition table allows. */
function leaverCandidates(withX: BuiltReport, withoutX: BuiltReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const id of PARTITIONS) {
    // Every partition table counts the same clients: the others' totals bound this one's.
    const others = PARTITIONS.filter((o) => o !== id).map((o) => possibleTotals(partition(withX, o, DIM[o]), CAP));
    const common = others.reduce((acc, s) => new Set([...acc].filter((x) => s.has(x))));
    out[id] = candidatesForLeaver(partition(withX, id, DIM[id]), partition(withoutX, id, DIM[id]), CAP, common);
  }
  return out;
}

function withdraw(records: ReportRecords, clientId: string, on: string): ReportRecords {
  return {
    ...records,
    clients: records.clients.map((c) =>
      c.id === clientId ? { ...c, reportingConsents: c.reportingConsents.map((r) => ({ ...r, withdrawnOn: on })) } : c,
    ),
  };
}

/** Clients with consent and a case active in Q3 that holds them alone (so their leaving is one client). */
function leavers(records: ReportRecords): string[] {
  return records.cases
    .filter((c) => c.clientIds.length === 1 && c.openedOn <= Q3.to && (c.closedOn === null || c.closedOn >= Q3.from))
    .map((c) => c.clientIds[0]!)
    .filter((id) => records.clients.find((c) => c.id === id)!.reportingConsents.length > 0);
}

describe('issue 15 attacks on published figures', () => {
  const load = caseLoad({ clients: 120, seed: 15 });

  it('differencing around a consent withdrawal: the repeat is refused, and a correction pins nobody', () => {
    const first = buildReport(load, { period: Q3, k: K, today: TODAY });
    const x = leavers(load)[0]!;
    const after = withdraw(load, x, '2026-10-15');
    // A second release of the period is refused by the lawyer's register unless its figures are
    // exactly the released ones, and here they are not.
    expect(checkRelease({ period: Q3, today: TODAY, released: [{ period: '2026-Q3', revision: 1 }], correction: false })).toEqual({
      kind: 'again',
      revision: 1,
    });
    expect(JSON.stringify(buildReport(after, { period: Q3, k: K, today: TODAY }))).not.toBe(JSON.stringify(first));

    // The explicit correction: the same record keys plus a secret salt, so every cell gets fresh noise.
    const correction = buildReport(after, { period: Q3, k: K, today: TODAY, revision: 2, salt: recordKeyFrom(seeded(99)) });
    const candidates = leaverCandidates(first, correction);
    for (const [table, values] of Object.entries(candidates)) expect(values.length, table).toBeGreaterThanOrEqual(2);
  });

  it('differencing around a correction, over every possible leaver: a pinned attribute is rare and bounded', () => {
    const first = buildReport(load, { period: Q3, k: K, today: TODAY });
    let pinned = 0;
    let pinnedUnsalted = 0;
    let tried = 0;
    for (const [i, x] of leavers(load).entries()) {
      const after = withdraw(load, x, '2026-10-15');
      const correction = buildReport(after, { period: Q3, k: K, today: TODAY, revision: 2, salt: recordKeyFrom(seeded(1000 + i)) });
      // The same record keys without a salt: only the cells holding x change, and that shows.
      const unsalted = buildReport(after, { period: Q3, k: K, today: TODAY, revision: 2 });
      const salted = Object.values(leaverCandidates(first, correction));
      tried += salted.length;
      pinned += salted.filter((v) => v.length === 1).length;
      // Knowing the method, the attacker of an unsalted correction looks for the cells that
      // changed: the same records give the same figure, so a changed cell holds x.
      for (const id of PARTITIONS) {
        const [a, b] = [partition(first, id, DIM[id]), partition(unsalted, id, DIM[id])];
        const changed = [...a.cells.keys()].filter((c) => a.cells.get(c) !== b.cells.get(c));
        if (changed.length === 1) pinnedUnsalted++;
      }
    }
    // Bounded noise cannot make this zero (DISCLOSURE-CONTROL.md, "Corrections"): two readings
    // of the same cell that are 5 apart can only be a change. It stays near the table's 1 %,
    // against many times that for a correction perturbed with the record keys alone.
    expect(tried).toBeGreaterThan(200);
    expect(pinned / tried).toBeLessThan(0.02);
    expect(pinnedUnsalted).toBeGreaterThan(3 * pinned);
    console.log(`correction differencing: ${pinned}/${tried} pinned with a salt, ${pinnedUnsalted} without`);
  });

  it('differencing around a late entry: the correction that adds a client pins nobody', () => {
    const x = leavers(load)[1]!;
    const withoutX: ReportRecords = {
      ...load,
      clients: load.clients.filter((c) => c.id !== x),
      cases: load.cases.map((c) => ({ ...c, clientIds: c.clientIds.filter((id) => id !== x) })).filter((c) => c.clientIds.length > 0),
    };
    const before = buildReport(withoutX, { period: Q3, k: K, today: TODAY });
    const correction = buildReport(load, { period: Q3, k: K, today: TODAY, revision: 2, salt: recordKeyFrom(seeded(7)) });
    for (const [table, values] of Object.entries(leaverCandidates(correction, before)))
      expect(values.length, table).toBeGreaterThanOrEqual(2);
  });

  it('consecutive months through the over-time series: active(M2) = active(M1) − closed(M1) + opened(M2) pins no closing', () => {
    const months = ['2026-05', '2026-06'].map((id) => buildReport(load, { period: parsePeriod(id)!, k: K, today: TODAY }));
    const cell = (r: BuiltReport, type: string, measure: string) =>
      r.tables.find((t) => t.id === 'cases.by-type')!.rows.find((x) => x.key.caseType === type && x.key.measure === measure)!.count;
    const types = new Set(load.cases.map((c) => c.type));
    let small = 0;
    for (const type of types) {
      const [m1, m2] = months as [BuiltReport, BuiltReport];
      const a1 = preimage(cell(m1, type, 'active'), CAP);
      const c1 = preimage(cell(m1, type, 'closed'), CAP);
      const o2 = preimage(cell(m2, type, 'opened'), CAP);
      const a2 = preimage(cell(m2, type, 'active'), CAP);
      const feasibleClosed = new Set<number>();
      for (const a of a1) for (const c of c1) for (const o of o2) if (c <= a && a2.has(a - c + o)) feasibleClosed.add(c);
      const trueClosed = load.cases.filter((c) => c.type === type && c.closedOn !== null && c.closedOn.startsWith('2026-05')).length;
      if (trueClosed > 0 && trueClosed < 3) small++;
      expect(feasibleClosed.has(trueClosed), type).toBe(true);
      expect(feasibleClosed.size, type).toBeGreaterThanOrEqual(2);
    }
    expect(small).toBeGreaterThan(0);
  });

  it('a month inside a released quarter (and the quarter around a released month) is refused', () => {
    const released = [{ period: '2026-Q3', revision: 1 }];
    expect(checkRelease({ period: parsePeriod('2026-08')!, today: TODAY, released, correction: false })).toEqual({
      kind: 'refused',
      reason: 'release.overlap',
      conflictsWith: '2026-Q3',
    });
    expect(
      checkRelease({ period: Q3, today: TODAY, released: [{ period: '2026-07', revision: 1 }], correction: true }),
    ).toMatchObject({ kind: 'refused', reason: 'release.overlap' });
    expect(checkRelease({ period: parsePeriod('2026-Q2')!, today: TODAY, released, correction: false })).toEqual({ kind: 'first' });
  });

  it('an unfinished period is refused: December sealed on 2 December never leaves', () => {
    for (const id of ['2026-12', '2026-Q4'])
      expect(checkRelease({ period: parsePeriod(id)!, today: '2026-12-02', released: [], correction: false })).toEqual({
        kind: 'refused',
        reason: 'release.unfinished',
      });
    // Its last day is not past either: 31 December is still December.
    expect(checkRelease({ period: parsePeriod('2026-12')!, today: '2026-12-31', released: [], correction: false }).kind).toBe('refused');
    expect(checkRelease({ period: parsePeriod('2026-12')!, today: '2027-01-01', released: [], correction: false }).kind).toBe('first');
  });

  it('group disclosure: a lawyer whose clients are all Syrian women who survived torture publishes none of it', () => {
    const b: ReportRecords = {
      clients: Array.from({ length: 6 }, (_, i) => ({
        id: `b${i}`,
        recordKey: recordKeyFrom(seeded(i + 1)),
        nationality: 'SY',
        gender: 'female',
        birthDate: '1990-05-17',
        interpreterNeeded: true,
        vulnerabilities: ['survivor-of-torture'],
        reportingConsents: [{ givenOn: '2026-06-01', withdrawnOn: null }],
      })),
      cases: Array.from({ length: 6 }, (_, i) => ({
        id: `bc${i}`,
        recordKey: recordKeyFrom(seeded(100 + i)),
        type: 'removal-appeal',
        outcome: i < 3 ? 'rejected' : 'pending',
        openedOn: '2026-07-10',
        closedOn: i < 3 ? '2026-09-01' : null,
        clientIds: [`b${i}`],
      })),
      activities: [],
      timeEntries: [],
      deadlines: [],
    };
    const report = buildReport(b, { period: Q3, k: K, today: TODAY });
    for (const id of PARTITIONS) {
      // The attacker's feasible tables must include one where the clients differ in this attribute.
      const cells = [...partition(report, id, DIM[id]).cells.values()];
      const canBePositive = cells.filter((p) => [...preimage(p, CAP)].some((n) => n > 0)).length;
      expect(canBePositive, id).toBeGreaterThanOrEqual(2);
    }
    const vuln = report.tables.find((t) => t.id === 'clients.by-vulnerability')!.rows;
    expect(vuln.find((r) => r.key.vulnerability === 'survivor-of-torture')).toMatchObject({ suppressed: true });
    // "Every case of this type closed this quarter was rejected": the row is withheld.
    const outcomes = report.tables.find((t) => t.id === 'outcomes.by-type')!.rows;
    expect(outcomes.filter((r) => r.key.caseType === 'removal-appeal').every((r) => r.suppressed)).toBe(true);
  });

  it('the "other" nationality bucket and every other cell: no cell of a single report is pinned', () => {
    const report = buildReport(load, { period: Q3, k: K, today: TODAY });
    const nationality = partition(report, 'clients.by-nationality', 'nationality');
    const others = PARTITIONS.filter((o) => o !== 'clients.by-nationality').map((o) => possibleTotals(partition(report, o, DIM[o]), CAP));
    const totals = others.reduce((acc, s) => new Set([...acc].filter((x) => s.has(x))));
    // Rows in the organisation's fixed order, never by count.
    expect([...nationality.cells.keys()].slice(0, 4)).toEqual(['SY', 'AF', 'IR', 'IQ']);
    for (const [code, p] of nationality.cells) {
      // Every value of this cell that some choice of the other cells makes add up to a feasible total.
      const rest = possibleTotals({ cells: new Map([...nationality.cells].filter(([c]) => c !== code)) }, CAP);
      const feasible = [...preimage(p, CAP)].filter((n) => [...rest].some((r) => totals.has(n + r)));
      expect(feasible.length, code).toBeGreaterThanOrEqual(2);
    }
    for (const t of report.tables)
      for (const r of t.rows) {
        expect([1, 2], `${t.id} ${JSON.stringify(r.key)}`).not.toContain(r.count);
        if (r.count !== null && t.unit !== 'hours') expect(possibleTrueCounts(r.count).length).toBeGreaterThanOrEqual(2);
      }
  });

  it('dominant hours: one case with 40 of 45 hours is withheld; otherwise hours are rounded to 5', () => {
    const cases = Array.from({ length: 6 }, (_, i) => ({
      id: `h${i}`,
      recordKey: i,
      type: 'removal-appeal',
      outcome: 'pending',
      openedOn: '2026-07-01',
      closedOn: null,
      clientIds: [`hc${i}`],
    }));
    const clients = cases.map((c, i) => ({
      id: `hc${i}`,
      recordKey: i,
      nationality: 'SY',
      gender: i % 2 ? 'male' : 'female',
      birthDate: null,
      interpreterNeeded: false,
      vulnerabilities: [],
      reportingConsents: [{ givenOn: '2026-01-01', withdrawnOn: null }],
    }));
    const hours = (minutes: number[]) =>
      buildReport(
        { clients, cases, activities: [], deadlines: [], timeEntries: minutes.map((m, i) => ({ caseId: `h${i}`, workedOn: '2026-08-01', minutes: m, proBono: true })) },
        { period: Q3, k: K, today: TODAY },
      ).tables.find((t) => t.id === 'hours.pro-bono')!.rows[0];
    expect(hours([40 * 60, 60, 60, 60, 60, 60])).toMatchObject({ count: null, suppressed: true });
    expect(hours([7, 8, 9, 6, 5, 7].map((h) => h * 60))).toMatchObject({ count: 40, suppressed: false });
  });

  it('monthly age bands do not reveal a birth month: one reference date per year', () => {
    // Born 15 August 2008: 17 until August, 18 after; at the year's reference date always 18.
    const months = Array.from({ length: 12 }, (_, m) => parsePeriod(`2026-${String(m + 1).padStart(2, '0')}`)!);
    expect(new Set(months.map((p) => ageBand('2008-08-15', ageReferenceDate(p))))).toEqual(new Set(['18-24']));
    const records: ReportRecords = {
      ...load,
      clients: load.clients.map((c, i) => (i === 0 ? { ...c, birthDate: '2008-08-15' } : c)),
      cases: load.cases.map((c) => ({ ...c, openedOn: '2025-01-01', closedOn: null })),
    };
    const ages = months.map(
      (p) => JSON.stringify(buildReport(records, { period: p, k: K, today: TODAY }).tables.find((t) => t.id === 'clients.by-age-band')),
    );
    // The same clients all year: the same age table every month, to the last perturbed figure.
    expect(new Set(ages.slice(0, 10)).size).toBe(1);
  });
});
