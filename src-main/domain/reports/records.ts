/**
 * What the report builder reads: plain records with only the columns a report may use. The
 * service's queries select exactly these (never names, numbers, notes or titles), so data that
 * must not leave is not even in memory while a report is built.
 */
export interface ReportClientRecord {
  id: string;
  /** The client's random record key in [0, 2^32) (perturbation.ts); never leaves the vault. */
  recordKey: number;
  nationality: string | null;
  gender: string | null;
  /** 'YYYY-MM-DD' or 'YYYY'. */
  birthDate: string | null;
  interpreterNeeded: boolean;
  vulnerabilities: readonly string[];
  reportingConsents: ReadonlyArray<{ givenOn: string; withdrawnOn: string | null }>;
}

export interface ReportCaseRecord {
  id: string;
  /** The case's random record key in [0, 2^32). */
  recordKey: number;
  type: string;
  outcome: string;
  openedOn: string;
  closedOn: string | null;
  clientIds: readonly string[];
}

export interface ReportActivityRecord {
  caseId: string;
  kind: string;
  occurredOn: string;
}

export interface ReportTimeRecord {
  caseId: string;
  workedOn: string;
  minutes: number;
  proBono: boolean;
}

export interface ReportDeadlineRecord {
  caseId: string;
  dueOn: string;
  /** The civil day it was marked done, or null while open. */
  doneOn: string | null;
}

export interface ReportRecords {
  clients: readonly ReportClientRecord[];
  cases: readonly ReportCaseRecord[];
  activities: readonly ReportActivityRecord[];
  timeEntries: readonly ReportTimeRecord[];
  deadlines: readonly ReportDeadlineRecord[];
}
