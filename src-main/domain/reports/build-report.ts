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
  NATIONALITY_OTHER,
  NATIONALITY_UNKNOWN,
  ORGANISATION_NATIONALITIES,
  REPORT_SCHEMA_VERSION,
} from '../../shared/schemas/report';
import { ageBand } from './age-band';
import { adderFor, emptyTable, type CountTable } from './count-tables';
import type { Period } from './period';
import { cellKeyOf, correctionKey, perturb } from './perturbation';
import { protectTables } from './protect-tables';
import type { ReportCaseRecord, ReportClientRecord, ReportRecords } from './records';
import type { SuppressedTable } from './suppress-tables';

export interface BuildOptions {
  period: Period;
  k: number;
  /** The lawyer's civil day: a deadline due before it and not done is missed, after it still open. */
  today: string;
  /** 1 for a period's first release, 2.. for its corrections. */
  revision?: number;
  /** 0 for a first release; a correction's secret random salt, mixed into every record key. */
  salt?: number;
}

export interface BuiltReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  revision: number;
  period: string;
  k: number;
  excludedForNoConsent: number;
  tables: SuppressedTable[];
}

/**
 * Ages are taken at one reference date per year, the year's last day (so a client's age is the
 * calendar year minus the birth year): every month and quarter of a year bands a client the same,
 * and comparing months cannot tell when a birthday fell.
 */
export const ageReferenceDate = (period: Period): string => `${period.to.slice(0, 4)}-12-31`;

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

export interface CountedReport {
  tables: CountTable[];
  /** Clients in scope left out for lack of consent, and their cell key. */
  excluded: { count: number; cellKey: number };
  /** Clients counted in the client tables. */
  clients: number;
}

/**
 * Records → true count tables. A case is counted only if every one of its clients consented: its
 * type and outcome describe them all. A consenting client is counted in the client tables when
 * any of their cases was open in the period, even if a co-client's refusal keeps the case out.
 * These never leave the domain: `buildReport` protects them first.
 */
export function countReport(records: ReportRecords, options: Pick<BuildOptions, 'period' | 'today'>): CountedReport {
  const { period, today } = options;
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
  const caseKeys = new Map(records.cases.map((c) => [c.id, c.recordKey]));

  return {
    tables: [
      ...caseTables(inScope.filter((c) => countedCases.has(c.id)), period),
      ...clientTables([...countedClients].map((id) => clients.get(id)!), period),
      ...workTables(records, countedCases, caseKeys, period, today),
    ],
    excluded: { count: excluded.size, cellKey: cellKeyOf([...excluded].map((id) => clients.get(id)!.recordKey)) },
    clients: countedClients.size,
  };
}

/** Records → the report that leaves: perturbed counts, group disclosure, hours rules. */
export function buildReport(records: ReportRecords, options: BuildOptions): BuiltReport {
  const { period, k } = options;
  const salt = options.salt ?? 0;
  const keyed: ReportRecords =
    salt === 0
      ? records
      : {
          ...records,
          clients: records.clients.map((c) => ({ ...c, recordKey: correctionKey(c.recordKey, salt) })),
          cases: records.cases.map((c) => ({ ...c, recordKey: correctionKey(c.recordKey, salt) })),
        };
  const counted = countReport(keyed, options);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    revision: options.revision ?? 1,
    period: period.id,
    k,
    // Perturbed like any count: published exactly, a change of one marks a withdrawal.
    excludedForNoConsent: perturb(counted.excluded.count, counted.excluded.cellKey),
    tables: protectTables(counted.tables, { k, clients: counted.clients }),
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
    const key = c.recordKey;
    addCase({ caseType, measure: 'active' }, 1, key);
    if (within(c.openedOn, period)) addCase({ caseType, measure: 'opened' }, 1, key);
    if (within(c.closedOn, period)) {
      addCase({ caseType, measure: 'closed' }, 1, key);
      // Outcomes of the cases closed in the period: each case is counted once, when it ends.
      addOutcome({ caseType, outcome: inVocabulary(CASE_OUTCOMES, c.outcome, 'pending') }, 1, key);
    }
  }
  return [byType, outcomes];
}

function clientTables(clients: readonly ReportClientRecord[], period: Period): CountTable[] {
  const listed: ReadonlySet<string> = new Set(ORGANISATION_NATIONALITIES);
  const nationalityOf = (c: ReportClientRecord): string => {
    if (c.nationality === null || !COUNTRY_SET.has(c.nationality)) return NATIONALITY_UNKNOWN;
    return listed.has(c.nationality) ? c.nationality : NATIONALITY_OTHER;
  };
  const nationality = emptyTable('clients.by-nationality', 'clients', [
    ['nationality', [...ORGANISATION_NATIONALITIES, NATIONALITY_OTHER, NATIONALITY_UNKNOWN]],
  ]);
  const gender = emptyTable('clients.by-gender', 'clients', [['gender', [...GENDERS, 'unknown']]]);
  const age = emptyTable('clients.by-age-band', 'clients', [['ageBand', AGE_BANDS]]);
  const vulnerability = emptyTable('clients.by-vulnerability', 'clients', [['vulnerability', VULNERABILITY_CODES]]);
  const interpreter = emptyTable('clients.by-interpreter', 'clients', [['interpreter', INTERPRETER_VALUES]]);
  const [addNationality, addGender, addAge, addVulnerability, addInterpreter] = [
    nationality,
    gender,
    age,
    vulnerability,
    interpreter,
  ].map(adderFor);
  const reference = ageReferenceDate(period);
  for (const c of clients) {
    const key = c.recordKey;
    addNationality!({ nationality: nationalityOf(c) }, 1, key);
    addGender!({ gender: inVocabulary([...GENDERS, 'unknown'], c.gender, 'unknown') }, 1, key);
    addAge!({ ageBand: ageBand(c.birthDate, reference) }, 1, key);
    for (const code of new Set(c.vulnerabilities)) {
      if ((VULNERABILITY_CODES as readonly string[]).includes(code)) addVulnerability!({ vulnerability: code }, 1, key);
    }
    addInterpreter!({ interpreter: c.interpreterNeeded ? 'needed' : 'not-needed' }, 1, key);
  }
  return [nationality, gender, age, vulnerability, interpreter];
}

/**
 * Activities and deadlines are not people: each one's record key is its case's key, so the same
 * records again get the same noise.
 */
function workTables(
  records: ReportRecords,
  counted: ReadonlySet<string>,
  caseKeys: ReadonlyMap<string, number>,
  period: Period,
  today: string,
): CountTable[] {
  const activities = emptyTable('activities.by-kind', 'activities', [['activityKind', ACTIVITY_KINDS]]);
  const addActivity = adderFor(activities);
  for (const a of records.activities) {
    if (counted.has(a.caseId) && within(a.occurredOn, period))
      addActivity({ activityKind: inVocabulary(ACTIVITY_KINDS, a.kind, 'other') }, 1, caseKeys.get(a.caseId) ?? 0);
  }

  let minutes = 0;
  const perCase = new Map<string, number>();
  for (const t of records.timeEntries) {
    if (t.proBono && counted.has(t.caseId) && within(t.workedOn, period) && t.minutes > 0) {
      minutes += t.minutes;
      perCase.set(t.caseId, (perCase.get(t.caseId) ?? 0) + t.minutes);
    }
  }
  const hours: CountTable = {
    id: 'hours.pro-bono',
    unit: 'hours',
    dimensions: ['measure'],
    // Whole hours: minutes would describe single sessions.
    cells: [{ key: { measure: 'pro-bono-hours' }, value: Math.round(minutes / 60) }],
    contributors: perCase.size,
    contributions: [...perCase.values()],
  };

  const deadlines = emptyTable('deadlines.by-result', 'deadlines', [['result', DEADLINE_RESULTS]]);
  const addDeadline = adderFor(deadlines);
  for (const d of records.deadlines) {
    if (!counted.has(d.caseId) || !within(d.dueOn, period)) continue;
    const result = d.doneOn !== null ? (d.doneOn <= d.dueOn ? 'met' : 'missed') : d.dueOn < today ? 'missed' : 'open';
    addDeadline({ result }, 1, caseKeys.get(d.caseId) ?? 0);
  }
  return [activities, hours, deadlines];
}
