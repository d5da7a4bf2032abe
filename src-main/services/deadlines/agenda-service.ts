import { agendaBucket } from '../../domain/deadlines/agenda-buckets';
import { addDays } from '../../domain/deadlines/civil-date';
import type { AgendaItem } from '../../shared/schemas/deadline-views';
import { clientsOfCases } from '../casefile/case-queries';
import { todayOf, type CasefileDeps } from '../casefile/context';
import type { DeadlineData } from '../deadline-data';
import { esasOf, openDeadlines, openHearings, openReviews, openTasks } from './open-items';

/** The case every agenda line names. */
const CASE = ['c.title as case_title', 'c.type as case_type'] as const;

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
  const [deadlines, hearings, tasks, reviews] = await Promise.all([
    openDeadlines(db)
      .select(['d.id', 'd.version', 'd.case_id', 'd.due_on', 'd.title', 'd.rule_id', 'd.internal_due_on', ...CASE])
      .where((eb) => eb.or([eb('d.due_on', '<=', until), eb.between('d.internal_due_on', today, until)]))
      .execute(),
    openHearings(db)
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
        ...CASE,
      ])
      .where('h.starts_at', '<=', `${until}T23:59`)
      .execute(),
    openTasks(db)
      .select(['t.id', 't.version', 't.case_id', 't.due_on', 't.title', ...CASE])
      .where('t.due_on', '<=', until)
      .execute(),
    openReviews(db)
      .select(['r.id', 'r.version', 'r.case_id', 'r.due_on', 'r.kind', 'd.rule_id', 'd.due_on as legal_due', ...CASE])
      .where((eb) => eb.between('r.due_on', today, until))
      .execute(),
  ]);
  const clientsOf = await clientsOfCases(db, [
    ...new Set([...deadlines, ...hearings, ...tasks, ...reviews].map((r) => r.case_id)),
  ]);
  const rule = (id: string | null) => {
    const r = id ? data().ruleById(id) : undefined;
    return r ? { tr: r.nameTr, en: r.nameEn } : null;
  };
  /** One agenda line of a case's record, due on `date`; what is not given is null. */
  const item = (
    kind: AgendaItem['kind'],
    r: { id: string; version: number; case_id: string; case_title: string | null; case_type: string },
    date: string,
    own: Partial<Pick<AgendaItem, 'time' | 'title' | 'ruleId' | 'legalDue' | 'hearing'>>,
  ): AgendaItem => ({
    kind,
    id: r.id,
    version: r.version,
    caseId: r.case_id,
    caseTitle: r.case_title,
    caseType: r.case_type,
    clients: clientsOf(r.case_id).map((c) => c.name),
    date,
    time: own.time ?? null,
    title: own.title ?? null,
    ruleId: own.ruleId ?? null,
    ruleName: rule(own.ruleId ?? null),
    ...agendaBucket(date, today),
    legalDue: own.legalDue ?? null,
    hearing: own.hearing ?? null,
  });

  const items: AgendaItem[] = [
    ...deadlines
      .filter((d) => d.due_on <= until)
      .map((d) => item('deadline', d, d.due_on, { title: d.title, ruleId: d.rule_id })),
    ...deadlines.flatMap((d) =>
      d.internal_due_on && d.internal_due_on >= today && d.internal_due_on <= until
        ? [item('internal', d, d.internal_due_on, { title: d.title, ruleId: d.rule_id, legalDue: d.due_on })]
        : [],
    ),
    ...reviews.map((r) => item('review', r, r.due_on, { ruleId: r.rule_id, legalDue: r.legal_due })),
    ...hearings.map((h) =>
      item('hearing', h, h.starts_at.slice(0, 10), {
        time: h.starts_at.slice(11, 16),
        title: h.court,
        hearing: { court: h.court, hall: h.hall, fileNumber: h.file_number ?? esasOf(h.file_numbers) },
      }),
    ),
    ...tasks.map((t) => item('task', t, t.due_on ?? today, { title: t.title })),
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
