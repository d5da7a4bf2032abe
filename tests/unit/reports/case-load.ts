import type { ReportCaseRecord, ReportClientRecord, ReportRecords } from '../../../src-main/domain/reports';
import { VULNERABILITY_CODES } from '../../../src-main/shared/schemas/clients';

/** A small seeded PRNG (mulberry32): the same seed, the same case load and record keys. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const recordKeyFrom = (rand: () => number): number => Math.floor(rand() * 2 ** 32);

/** Nationalities weighted as a Turkish legal-aid case load might be, with rare ones for "other". */
const NATIONALITIES = ['SY', 'SY', 'SY', 'SY', 'AF', 'AF', 'AF', 'IR', 'IR', 'IQ', 'PK', 'SO', 'ER', 'UZ', 'TM', 'CM', 'NG', 'MA'];
const CASE_TYPES = ['removal-appeal', 'removal-appeal', 'administrative-detention', 'international-protection', 'constitutional-court'];
const OUTCOMES = ['granted', 'rejected', 'withdrawn', 'pending'];

export interface CaseLoadOptions {
  clients: number;
  seed: number;
  /** Every case opened in 2025-10 … 2026-09; about a third closed in 2026. */
  year?: number;
}

/**
 * A lawyer's case load as records (what `loadReportRecords` hands the builder): one case per
 * client, some with two clients, consent for most, activities, pro bono time and deadlines.
 */
export function caseLoad(options: CaseLoadOptions): ReportRecords {
  const rand = seeded(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const day = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const clients: ReportClientRecord[] = [];
  const cases: ReportCaseRecord[] = [];
  const activities: ReportRecords['activities'][number][] = [];
  const timeEntries: ReportRecords['timeEntries'][number][] = [];
  const deadlines: ReportRecords['deadlines'][number][] = [];
  for (let i = 0; i < options.clients; i++) {
    const id = `client-${i}`;
    const vulnerable = rand() < 0.35 ? [pick(VULNERABILITY_CODES)] : [];
    clients.push({
      id,
      recordKey: recordKeyFrom(rand),
      nationality: pick(NATIONALITIES),
      gender: rand() < 0.55 ? 'male' : 'female',
      birthDate: rand() < 0.7 ? day(1960 + Math.floor(rand() * 50), 1 + Math.floor(rand() * 12)) : String(1960 + Math.floor(rand() * 50)),
      interpreterNeeded: rand() < 0.6,
      vulnerabilities: vulnerable,
      reportingConsents: rand() < 0.9 ? [{ givenOn: '2025-09-01', withdrawnOn: null }] : [],
    });
    // A second client joins the previous case now and then (a family).
    if (i > 0 && rand() < 0.15) {
      const last = cases[cases.length - 1]!;
      cases[cases.length - 1] = { ...last, clientIds: [...last.clientIds, id] };
      continue;
    }
    const opened = rand() < 0.3 ? day(2025, 10 + Math.floor(rand() * 3)) : day(2026, 1 + Math.floor(rand() * 9));
    const closedMonth = 1 + Math.floor(rand() * 11);
    const closed = rand() < 0.35 ? day(2026, closedMonth) : null;
    const caseId = `case-${i}`;
    cases.push({
      id: caseId,
      recordKey: recordKeyFrom(rand),
      type: pick(CASE_TYPES),
      outcome: closed ? pick(OUTCOMES.slice(0, 3)) : 'pending',
      openedOn: opened,
      closedOn: closed !== null && closed < opened ? opened : closed,
      clientIds: [id],
    });
    for (let a = 0; a < 2; a++) activities.push({ caseId, kind: pick(['removal-centre-visit', 'hearing', 'consultation', 'other']), occurredOn: day(2026, 1 + Math.floor(rand() * 10)) });
    timeEntries.push({ caseId, workedOn: day(2026, 1 + Math.floor(rand() * 10)), minutes: 30 + Math.floor(rand() * 240), proBono: true });
    const dueOn = day(2026, 1 + Math.floor(rand() * 10));
    deadlines.push({ caseId, dueOn, doneOn: rand() < 0.85 ? dueOn : null });
  }
  return { clients, cases, activities, timeEntries, deadlines };
}
