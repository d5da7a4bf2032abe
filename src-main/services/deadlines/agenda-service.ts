import { agendaBucket } from '../../domain/deadlines/agenda-buckets';
import { addDays } from '../../domain/deadlines/civil-date';
import type { AgendaItem } from '../../shared/schemas/deadline-views';
import { displayName } from '../casefile/client-mapping';
import { todayOf, type CasefileDeps } from '../casefile/context';
import type { DeadlineData } from '../deadline-data';
import { esasOf } from './agenda-ics';

/**
 * Everything with a date that is not done: deadlines, hearings and tasks, overdue first, up to
 * `days` ahead; and for open deadlines their internal targets and repeating reminders (monthly
 * detention review) from today on — they are the lawyer's own aids, so a passed one is not
 * "overdue": the legal date stays listed. Items of trashed cases are left out; overdue
 * deadlines, hearings and tasks are never left out.
 */
export async function getAgenda(
  deps: CasefileDeps,
  data: () => DeadlineData,
  days: number,
): Promise<{ today: string; items: AgendaItem[] }> {
  const db = deps.db();
  const today = todayOf(deps);
  const until = addDays(today, days);
  const [deadlines, hearings, tasks] = await Promise.all([
    db
      .selectFrom('case_deadline as d')
      .innerJoin('legal_case as c', 'c.id', 'd.case_id')
      .select([
        'd.id',
        'd.version',
        'd.case_id',
        'd.due_on',
        'd.title',
        'd.rule_id',
        'd.internal_due_on',
        'c.title as case_title',
        'c.type as case_type',
      ])
      .where('d.done_at', 'is', null)
      .where('c.deleted_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb('d.due_on', '<=', until),
          eb.and([eb('d.internal_due_on', '>=', today), eb('d.internal_due_on', '<=', until)]),
        ]),
      )
      .execute(),
    db
      .selectFrom('hearing as h')
      .innerJoin('legal_case as c', 'c.id', 'h.case_id')
      .select([
        'h.id',
        'h.version',
        'h.case_id',
        'h.starts_at',
        'h.kind',
        'h.court',
        'h.hall',
        'h.file_number',
        'c.file_numbers',
        'c.title as case_title',
        'c.type as case_type',
      ])
      .where('h.done_at', 'is', null)
      .where('c.deleted_at', 'is', null)
      .where('h.starts_at', '<=', `${until}T23:59`)
      .execute(),
    db
      .selectFrom('case_task as t')
      .innerJoin('legal_case as c', 'c.id', 't.case_id')
      .select(['t.id', 't.version', 't.case_id', 't.due_on', 't.title', 'c.title as case_title', 'c.type as case_type'])
      .where('t.done_at', 'is', null)
      .where('t.due_on', 'is not', null)
      .where('c.deleted_at', 'is', null)
      .where('t.due_on', '<=', until)
      .execute(),
  ]);
  const reviews = await db
    .selectFrom('case_reminder as r')
    .innerJoin('case_deadline as d', 'd.id', 'r.deadline_id')
    .innerJoin('legal_case as c', 'c.id', 'r.case_id')
    .select([
      'r.id',
      'r.version',
      'r.case_id',
      'r.due_on',
      'r.kind',
      'd.rule_id',
      'd.due_on as legal_due',
      'c.title as case_title',
      'c.type as case_type',
    ])
    .where('r.done_at', 'is', null)
    .where('d.done_at', 'is', null)
    .where('c.deleted_at', 'is', null)
    .where('r.due_on', '>=', today)
    .where('r.due_on', '<=', until)
    .execute();
  const caseIds = [...new Set([...deadlines, ...hearings, ...tasks, ...reviews].map((r) => r.case_id))];
  const clients = caseIds.length
    ? await db
        .selectFrom('case_client as cc')
        .innerJoin('client as c', 'c.id', 'cc.client_id')
        .select(['cc.case_id', 'c.given_name', 'c.family_name'])
        .where('cc.case_id', 'in', caseIds)
        .orderBy('c.sort_key')
        .execute()
    : [];
  const clientsOf = (caseId: string) => clients.filter((c) => c.case_id === caseId).map(displayName);
  const rule = (id: string | null) => {
    const r = id ? data().ruleById(id) : undefined;
    return r ? { tr: r.nameTr, en: r.nameEn } : null;
  };

  const items: AgendaItem[] = [
    ...deadlines
      .filter((d) => d.due_on <= until)
      .map((d) => ({
        kind: 'deadline' as const,
        id: d.id,
        version: d.version,
        caseId: d.case_id,
        caseTitle: d.case_title,
        caseType: d.case_type,
        clients: clientsOf(d.case_id),
        date: d.due_on,
        time: null,
        title: d.title,
        ruleId: d.rule_id,
        ruleName: rule(d.rule_id),
        ...agendaBucket(d.due_on, today),
        legalDue: null,
        hearing: null,
      })),
    ...deadlines.flatMap((d) =>
      d.internal_due_on && d.internal_due_on >= today && d.internal_due_on <= until
        ? [
            {
              kind: 'internal' as const,
              id: d.id,
              version: d.version,
              caseId: d.case_id,
              caseTitle: d.case_title,
              caseType: d.case_type,
              clients: clientsOf(d.case_id),
              date: d.internal_due_on,
              time: null,
              title: d.title,
              ruleId: d.rule_id,
              ruleName: rule(d.rule_id),
              ...agendaBucket(d.internal_due_on, today),
              legalDue: d.due_on,
              hearing: null,
            },
          ]
        : [],
    ),
    ...reviews.map((r) => ({
      kind: 'review' as const,
      id: r.id,
      version: r.version,
      caseId: r.case_id,
      caseTitle: r.case_title,
      caseType: r.case_type,
      clients: clientsOf(r.case_id),
      date: r.due_on,
      time: null,
      title: null,
      ruleId: r.rule_id,
      ruleName: rule(r.rule_id),
      ...agendaBucket(r.due_on, today),
      legalDue: r.legal_due,
      hearing: null,
    })),
    ...hearings.map((h) => ({
      kind: 'hearing' as const,
      id: h.id,
      version: h.version,
      caseId: h.case_id,
      caseTitle: h.case_title,
      caseType: h.case_type,
      clients: clientsOf(h.case_id),
      date: h.starts_at.slice(0, 10),
      time: h.starts_at.slice(11, 16),
      title: h.court,
      ruleId: null,
      ruleName: null,
      ...agendaBucket(h.starts_at.slice(0, 10), today),
      legalDue: null,
      hearing: { court: h.court, hall: h.hall, fileNumber: h.file_number ?? esasOf(h.file_numbers) },
    })),
    ...tasks.map((t) => ({
      kind: 'task' as const,
      id: t.id,
      version: t.version,
      caseId: t.case_id,
      caseTitle: t.case_title,
      caseType: t.case_type,
      clients: clientsOf(t.case_id),
      date: t.due_on ?? today,
      time: null,
      title: t.title,
      ruleId: null,
      ruleName: null,
      ...agendaBucket(t.due_on ?? today, today),
      legalDue: null,
      hearing: null,
    })),
  ];
  // By date, then deadlines before hearings before tasks on the same day: a deadline is the
  // thing that cannot move.
  const order = { deadline: 0, internal: 1, hearing: 2, review: 3, task: 4 } as const;
  items.sort((a, b) =>
    a.date < b.date
      ? -1
      : a.date > b.date
        ? 1
        : order[a.kind] - order[b.kind] || (a.time ?? '').localeCompare(b.time ?? ''),
  );
  return { today, items };
}
