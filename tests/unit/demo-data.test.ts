import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/services/demo';
import type { DemoData } from '../../src-main/services/demo';
import { hasValidTurkishIdChecksum } from '../../src-main/shared/identity-numbers';
import { caseInputSchema } from '../../src-main/shared/schemas/cases';
import { clientInputSchema } from '../../src-main/shared/schemas/clients';

const TODAY = '2026-11-28';
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** Every civil date in the data, with where it sits, to check that none lies after today. */
function datesOf(data: DemoData): Array<{ where: string; date: string }> {
  const out: Array<{ where: string; date: string }> = [];
  const add = (where: string, date: string | undefined) => {
    if (date !== undefined) out.push({ where, date });
  };
  for (const f of data.families) {
    for (const m of f.members) {
      if (m.dateOfBirth?.precision === 'exact') add('dateOfBirth', m.dateOfBirth.date);
      else if (m.dateOfBirth) add('birthYear', `${m.dateOfBirth.year}-01-01`);
      for (const v of m.vulnerabilities ?? []) add('vulnerability.since', v.since);
      for (const k of m.consents ?? []) {
        add('consent.givenOn', k.givenOn);
        add('consent.withdrawnOn', k.withdrawnOn);
      }
    }
    for (const c of f.cases) {
      add('openedOn', c.case.openedOn);
      add('closedOn', c.case.closedOn);
      for (const item of c.timeline) {
        if (item.type === 'activity') add('occurredOn', item.occurredOn);
        if (item.type === 'time') add('workedOn', item.workedOn);
        // A done task's due date has passed; open tasks may be due in the coming weeks.
        if (item.type === 'task' && item.done) add('done task dueOn', item.dueOn);
      }
    }
  }
  return out;
}

describe('demo data generator', () => {
  const data = generateDemo({ clients: 300, today: TODAY });
  const clients = data.families.flatMap((f) => f.members);
  const cases = data.families.flatMap((f) => f.cases);
  const tasks = cases.flatMap((c) => c.timeline.filter((i) => i.type === 'task'));

  it('is deterministic: same seed and day, same data; another seed, other data', () => {
    expect(generateDemo({ clients: 300, today: TODAY })).toEqual(data);
    expect(generateDemo({ clients: 300, today: TODAY, seed: 7 })).not.toEqual(data);
  });

  it('makes exactly the number of clients asked for, in households', () => {
    expect(clients).toHaveLength(300);
    expect(generateDemo({ clients: 1, today: TODAY }).families.flatMap((f) => f.members)).toHaveLength(1);
    expect(data.families.some((f) => f.members.length >= 3)).toBe(true);
    // Families share cases.
    expect(cases.some((c) => c.members.length >= 2)).toBe(true);
  });

  it('every client passes clientInputSchema(today) and every case caseInputSchema(today)', () => {
    const clientSchema = clientInputSchema(TODAY);
    for (const c of clients) {
      const parsed = clientSchema.safeParse(c);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
    const caseSchema = caseInputSchema(TODAY);
    for (const c of cases) {
      const parsed = caseSchema.safeParse({ ...c.case, clientIds: [SAMPLE_ID] });
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
  });

  it('has no date after today (open tasks may be due later: that is what a deadline is)', () => {
    const future = datesOf(data).filter((d) => d.date > TODAY);
    expect(future).toEqual([]);
    for (const t of tasks) if (t.dueOn > TODAY) expect(t.done).toBe(false);
  });

  it('has overdue tasks, several nationalities, vulnerabilities, consents and valid foreigner IDs', () => {
    expect(tasks.filter((t) => !t.done && t.dueOn < TODAY).length).toBeGreaterThan(0);
    const tiny = generateDemo({ clients: 5, today: TODAY });
    const tinyTasks = tiny.families.flatMap((f) => f.cases.flatMap((c) => c.timeline));
    expect(tinyTasks.some((t) => t.type === 'task' && !t.done && t.dueOn < TODAY)).toBe(true);
    expect(new Set(tiny.families.flatMap((f) => f.members.map((m) => m.nationality))).size).toBeGreaterThanOrEqual(3);

    const nationalities = new Set(clients.map((c) => c.nationality).filter(Boolean));
    for (const code of ['SY', 'AF', 'IR', 'IQ', 'SO']) expect(nationalities).toContain(code);
    const vulnerable = clients.filter((c) => (c.vulnerabilities ?? []).length > 0).length;
    expect(vulnerable / clients.length).toBeGreaterThan(0.05);
    expect(vulnerable / clients.length).toBeLessThan(0.6);
    expect(clients.some((c) => c.consents?.some((k) => k.kind === 'reporting'))).toBe(true);
    expect(clients.some((c) => c.interpreter?.needed)).toBe(true);
    expect(clients.some((c) => (c.aliases ?? []).length > 0)).toBe(true);

    const ykn = clients.flatMap((c) =>
      (c.identityNumbers ?? []).filter((n) => n.kind !== 'passport' && n.kind !== 'unhcr'),
    );
    expect(ykn.length).toBeGreaterThan(100);
    for (const n of ykn) {
      expect(hasValidTurkishIdChecksum(n.value)).toBe(true);
      if (n.kind !== 'turkish-id') expect(n.value.startsWith('99')).toBe(true);
    }
    const all = clients.flatMap((c) => (c.identityNumbers ?? []).map((n) => n.value));
    expect(new Set(all).size).toBe(all.length);
  });

  it('spreads cases over types and statuses like a working practice', () => {
    const statuses = new Map<string, number>();
    for (const c of cases) statuses.set(c.case.status ?? 'intake', (statuses.get(c.case.status ?? 'intake') ?? 0) + 1);
    for (const s of ['intake', 'active', 'pending-decision', 'closed']) expect(statuses.get(s) ?? 0).toBeGreaterThan(0);
    expect((statuses.get('active') ?? 0) / cases.length).toBeGreaterThan(0.25);
    expect(new Set(cases.map((c) => c.case.type)).size).toBeGreaterThanOrEqual(6);
    for (const c of cases.filter((x) => x.case.status === 'closed')) expect(c.case.closureReason).toBeDefined();
  });
});
