import { COUNTRY_CODES } from '../../shared/iso/countries';
import { ACTIVITY_KINDS } from '../../shared/schemas/casefile-views';
import { CASE_OUTCOMES } from '../../shared/schemas/cases';
import { GENDERS, VULNERABILITY_CODES } from '../../shared/schemas/clients';
import { CASE_TYPES } from '../../shared/schemas/deadlines';
import {
  AGE_BANDS,
  CASE_MEASURES,
  DEADLINE_RESULTS,
  INTERPRETER_VALUES,
  NATIONALITY_UNKNOWN,
  REPORT_SCHEMA_VERSION,
} from '../../shared/schemas/report';
import { ageBand } from './age-band';
import { adderFor, emptyTable, type CountTable } from './count-tables';
import { nationalityRows, TOP_NATIONALITIES } from './nationality';
import type { Period } from './period';
import type { ReportCaseRecord, ReportClientRecord, ReportRecords } from './records';
import { suppressTables, type SuppressedTable } from './suppress-tables';

export interface BuildOptions {
  period: Period;
  k: number;
  /** The lawyer's civil day: a deadline due before it and not done is missed, after it still open. */
  today: string;
  topNationalities?: number;
}

export interface BuiltReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  period: string;
  k: number;
  excludedForNoConsent: number;
  tables: SuppressedTable[];
}

/** Unknown stored values fall into a vocabulary bucket, so nothing but codes can reach a table. */
const inVocabulary = <T extends string>(vocab: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (vocab as readonly string[]).includes(value) ? (value as T) : fallback;
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);

/**
 * Reporting consent counts when it was given by the end of the period and has not been
 * withdrawn: a withdrawal takes the client out of every report written afterwards, past periods
 * included, because the lawyer can no longer rely on the consent when the file leaves.
 */
export function hasReportingConsent(client: ReportClientRecord, period: Period): boolean {
  return client.reportingConsents.some((c) => c.givenOn <= period.to && c.withdrawnOn === null);
}

/** Open at some point of the period: opened by its end, not closed before its start. */
export function activeIn(c: ReportCaseRecord, period: Period): boolean {
  return c.openedOn <= period.to && (c.closedOn === null || c.closedOn >= period.from);
}

const within = (date: string | null, period: Period): boolean =>
  date !== null && date >= period.from && date <= period.to;

/**
 * Records → the report. A case is counted only if every one of its clients consented: its type
 * and outcome describe them all. A consenting client is counted in the client tables when any of
 * their cases was open in the period, even if a co-client's refusal keeps the case itself out.
 */
export function buildReport(records: ReportRecords, options: BuildOptions): BuiltReport {
  const { period, k, today } = options;
  const clients = new Map(records.clients.map((c) => [c.id, c]));
  const consented = (id: string): boolean => {
    const c = clients.get(id);
    return c !== undefined && hasReportingConsent(c, period);
  };

  const inScope = records.cases.filter((c) => activeIn(c, period) && c.clientIds.some((id) => clients.has(id)));
  const excluded = new Set<string>();
  const countedClients = new Set<string>();
  const countedCases = new Set<string>();
  for (const c of inScope) {
    const known = c.clientIds.filter((id) => clients.has(id));
    for (const id of known) (consented(id) ? countedClients : excluded).add(id);
    if (known.every(consented)) countedCases.add(c.id);
  }

  const tables: CountTable[] = [
    ...caseTables(inScope.filter((c) => countedCases.has(c.id)), period),
    ...clientTables([...countedClients].map((id) => clients.get(id)!), period, k, options.topNationalities),
    ...workTables(records, countedCases, period, today),
  ];
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    period: period.id,
    k,
    excludedForNoConsent: excluded.size,
    tables: suppressTables(tables, k),
  };
}

function caseTables(cases: readonly ReportCaseRecord[], period: Period): CountTable[] {
  const byType = emptyTable('cases.by-type', 'cases', [
    ['caseType', CASE_TYPES],
    ['measure', CASE_MEASURES],
  ]);
  const outcomes = emptyTable('outcomes.by-type', 'cases', [
    ['caseType', CASE_TYPES],
    ['outcome', CASE_OUTCOMES],
  ]);
  const addCase = adderFor(byType);
  const addOutcome = adderFor(outcomes);
  for (const c of cases) {
    const caseType = inVocabulary(CASE_TYPES, c.type, 'other');
    addCase({ caseType, measure: 'active' });
    if (within(c.openedOn, period)) addCase({ caseType, measure: 'opened' });
    if (within(c.closedOn, period)) {
      addCase({ caseType, measure: 'closed' });
      // Outcomes of the cases closed in the period: each case is counted once, when it ends.
      addOutcome({ caseType, outcome: inVocabulary(CASE_OUTCOMES, c.outcome, 'pending') });
    }
  }
  return [byType, outcomes];
}

function clientTables(
  clients: readonly ReportClientRecord[],
  period: Period,
  k: number,
  topN = TOP_NATIONALITIES,
): CountTable[] {
  const nationalityOf = (c: ReportClientRecord): string =>
    c.nationality !== null && COUNTRY_SET.has(c.nationality) ? c.nationality : NATIONALITY_UNKNOWN;
  const perCode = new Map<string, number>();
  for (const c of clients) perCode.set(nationalityOf(c), (perCode.get(nationalityOf(c)) ?? 0) + 1);
  const rows = nationalityRows(perCode, topN, k);
  const nationality: CountTable = {
    id: 'clients.by-nationality',
    unit: 'clients',
    dimensions: ['nationality'],
    cells: rows.map((r) => ({
      key: { nationality: r.code },
      value: r.members.reduce((sum, m) => sum + (perCode.get(m) ?? 0), 0),
    })),
  };

  const gender = emptyTable('clients.by-gender', 'clients', [['gender', [...GENDERS, 'unknown']]]);
  const age = emptyTable('clients.by-age-band', 'clients', [['ageBand', AGE_BANDS]]);
  const vulnerability = emptyTable('clients.by-vulnerability', 'clients', [['vulnerability', VULNERABILITY_CODES]]);
  const interpreter = emptyTable('clients.by-interpreter', 'clients', [['interpreter', INTERPRETER_VALUES]]);
  const [addGender, addAge, addVulnerability, addInterpreter] = [gender, age, vulnerability, interpreter].map(adderFor);
  for (const c of clients) {
    addGender!({ gender: inVocabulary([...GENDERS, 'unknown'], c.gender, 'unknown') });
    addAge!({ ageBand: ageBand(c.birthDate, period.to) });
    for (const code of new Set(c.vulnerabilities)) {
      if ((VULNERABILITY_CODES as readonly string[]).includes(code)) addVulnerability!({ vulnerability: code });
    }
    addInterpreter!({ interpreter: c.interpreterNeeded ? 'needed' : 'not-needed' });
  }
  return [nationality, gender, age, vulnerability, interpreter];
}

function workTables(
  records: ReportRecords,
  counted: ReadonlySet<string>,
  period: Period,
  today: string,
): CountTable[] {
  const activities = emptyTable('activities.by-kind', 'activities', [['activityKind', ACTIVITY_KINDS]]);
  const addActivity = adderFor(activities);
  for (const a of records.activities) {
    if (counted.has(a.caseId) && within(a.occurredOn, period))
      addActivity({ activityKind: inVocabulary(ACTIVITY_KINDS, a.kind, 'other') });
  }

  let minutes = 0;
  const contributing = new Set<string>();
  for (const t of records.timeEntries) {
    if (t.proBono && counted.has(t.caseId) && within(t.workedOn, period) && t.minutes > 0) {
      minutes += t.minutes;
      contributing.add(t.caseId);
    }
  }
  const hours: CountTable = {
    id: 'hours.pro-bono',
    unit: 'hours',
    dimensions: ['measure'],
    // Whole hours: minutes would describe single sessions.
    cells: [{ key: { measure: 'pro-bono-hours' }, value: Math.round(minutes / 60) }],
    contributors: contributing.size,
  };

  const deadlines = emptyTable('deadlines.by-result', 'deadlines', [['result', DEADLINE_RESULTS]]);
  const addDeadline = adderFor(deadlines);
  for (const d of records.deadlines) {
    if (!counted.has(d.caseId) || !within(d.dueOn, period)) continue;
    const result = d.doneOn !== null ? (d.doneOn <= d.dueOn ? 'met' : 'missed') : d.dueOn < today ? 'missed' : 'open';
    addDeadline({ result });
  }
  return [activities, hours, deadlines];
}
