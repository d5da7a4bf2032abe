import type { Db } from '../../db/connection';
import { groupBy } from '../../shared/group-by';
import { ensureRecordKeys } from './record-keys';
import type { Period, ReportCaseRecord, ReportClientRecord, ReportRecords } from '../../domain/reports';

/**
 * Reads the vault into report records. Each query names its columns: no name, identity number,
 * phone, address, district, note, title, summary or description is ever selected, so none can
 * reach the report builder. Trashed clients and cases are left out entirely. Every client and
 * case gets its record key first (record-keys.ts).
 */
export async function loadReportRecords(db: Db, period: Period): Promise<ReportRecords> {
  await ensureRecordKeys(db);
  const caseRows = await db
    .selectFrom('legal_case')
    .innerJoin('case_record_key', 'case_record_key.case_id', 'legal_case.id')
    .select(['id', 'type', 'outcome', 'opened_on', 'closed_on', 'record_key'])
    .where('deleted_at', 'is', null)
    .where('opened_on', '<=', period.to)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', period.from)]))
    .execute();
  const caseIds = new Set(caseRows.map((c) => c.id));
  const links = await db.selectFrom('case_client').select(['case_id', 'client_id']).execute();
  const clientsOf = new Map<string, string[]>();
  const wantedClients = new Set<string>();
  for (const l of links) {
    if (!caseIds.has(l.case_id)) continue;
    clientsOf.set(l.case_id, [...(clientsOf.get(l.case_id) ?? []), l.client_id]);
    wantedClients.add(l.client_id);
  }
  const cases: ReportCaseRecord[] = caseRows.map((c) => ({
    id: c.id,
    recordKey: c.record_key,
    type: c.type,
    outcome: c.outcome,
    openedOn: c.opened_on,
    closedOn: c.closed_on,
    clientIds: clientsOf.get(c.id) ?? [],
  }));

  const clientRows = await db
    .selectFrom('client')
    .innerJoin('client_record_key', 'client_record_key.client_id', 'client.id')
    .select(['id', 'nationality', 'gender', 'birth_date', 'interpreter_needed', 'record_key'])
    .where('deleted_at', 'is', null)
    .execute();
  const vulnerabilities = groupBy(
    await db.selectFrom('client_vulnerability').select(['client_id', 'code']).execute(),
    (v) => v.client_id,
  );
  const consents = groupBy(
    await db
      .selectFrom('client_consent')
      .select(['client_id', 'given_on', 'withdrawn_on'])
      .where('kind', '=', 'reporting')
      .execute(),
    (c) => c.client_id,
  );
  const clients: ReportClientRecord[] = clientRows
    .filter((c) => wantedClients.has(c.id))
    .map((c) => ({
      id: c.id,
      recordKey: c.record_key,
      nationality: c.nationality,
      gender: c.gender,
      birthDate: c.birth_date,
      interpreterNeeded: c.interpreter_needed === 1,
      vulnerabilities: (vulnerabilities.get(c.id) ?? []).map((v) => v.code),
      reportingConsents: (consents.get(c.id) ?? []).map((r) => ({ givenOn: r.given_on, withdrawnOn: r.withdrawn_on })),
    }));

  const activities = await db
    .selectFrom('case_activity')
    .select(['case_id', 'kind', 'occurred_on'])
    .where('occurred_on', '>=', period.from)
    .where('occurred_on', '<=', period.to)
    .execute();
  const timeEntries = await db
    .selectFrom('time_entry')
    .select(['case_id', 'worked_on', 'minutes', 'pro_bono'])
    .where('worked_on', '>=', period.from)
    .where('worked_on', '<=', period.to)
    .execute();
  const deadlines = await db
    .selectFrom('case_deadline')
    .select(['case_id', 'due_on', 'done_at'])
    .where('due_on', '>=', period.from)
    .where('due_on', '<=', period.to)
    .execute();

  return {
    clients,
    cases,
    activities: activities.map((a) => ({ caseId: a.case_id, kind: a.kind, occurredOn: a.occurred_on })),
    timeEntries: timeEntries.map((t) => ({
      caseId: t.case_id,
      workedOn: t.worked_on,
      minutes: t.minutes,
      proBono: t.pro_bono === 1,
    })),
    deadlines: deadlines.map((d) => ({ caseId: d.case_id, dueOn: d.due_on, doneOn: civilDay(d.done_at) })),
  };
}

/** `done_at` is a UTC timestamp; the lawyer's calendar day decides whether it was on time. */
function civilDay(timestamp: string | null): string | null {
  if (timestamp === null) return null;
  const t = new Date(timestamp);
  return Number.isNaN(t.getTime()) ? timestamp.slice(0, 10) : t.toLocaleDateString('sv-SE');
}
