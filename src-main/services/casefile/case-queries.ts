import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../db/connection';
import type { CaseRow } from '../../shared/schemas/casefile-views';
import { displayName } from './client-mapping';
import { matchingIds } from './search-index';

export interface CaseListQuery {
  search?: string | undefined;
  type?: string | undefined;
  status?: string | undefined;
  tag?: string | undefined;
  clientId?: string | undefined;
  hasOverdueTask?: boolean | undefined;
  /** Newest opened first (default), most recently changed first, or the nearest deadline first. */
  sort?: 'opened' | 'recent' | 'deadline';
  includeClosed?: boolean;
  offset: number;
  limit: number;
}

/**
 * A case's nearest open legal deadline: one range of the case_deadline_case index per case (a page
 * of rows when shown; every live case when the list is sorted by it). Unary + keeps SQLite off
 * case_deadline_due (done_at, due_on), which without statistics it would prefer and which would
 * read every open deadline of the vault for each case.
 */
const nextDeadline = sql<
  string | null
>`(SELECT min(d.due_on) FROM case_deadline d WHERE d.case_id = lc.id AND +d.done_at IS NULL)`;

/** The clients of these cases, in name order: answers each case's own. */
export async function clientsOfCases(
  db: Db,
  caseIds: readonly string[],
): Promise<(caseId: string) => Array<{ id: string; name: string }>> {
  const rows = caseIds.length
    ? await db
        .selectFrom('case_client as cc')
        .innerJoin('client as c', 'c.id', 'cc.client_id')
        .select(['cc.case_id', 'c.id', 'c.given_name', 'c.family_name'])
        .where('cc.case_id', 'in', caseIds)
        .orderBy('c.sort_key')
        .execute()
    : [];
  return (caseId) => rows.filter((c) => c.case_id === caseId).map((c) => ({ id: c.id, name: displayName(c) }));
}

/** One page of cases, newest first, with their clients' names and task counts. */
export async function listCases(db: Db, today: string, q: CaseListQuery): Promise<{ total: number; rows: CaseRow[] }> {
  // Live (not trashed) cases; that condition is added last, in one of two forms (see `live`).
  let base = db.selectFrom('legal_case as lc');
  if (q.search !== undefined && q.search.trim() !== '') {
    const caseIds = matchingIds(q.search, 'case');
    const clientIds = matchingIds(q.search, 'client');
    if (caseIds && clientIds) {
      // A case is found by its own words or by its clients' names.
      base = base.where((eb) =>
        eb.or([
          eb('lc.id', 'in', caseIds),
          eb.exists(
            eb
              .selectFrom('case_client as sc')
              .select('sc.case_id')
              .whereRef('sc.case_id', '=', 'lc.id')
              .where('sc.client_id', 'in', clientIds),
          ),
        ]),
      );
    }
  }
  if (q.type) base = base.where('lc.type', '=', q.type);
  if (q.status) base = base.where('lc.status', '=', q.status);
  if (q.tag)
    base = base.where(sql<boolean>`EXISTS (SELECT 1 FROM json_each(lc.tags) WHERE json_each.value = ${q.tag})`);
  if (q.clientId) {
    const clientId = q.clientId;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_client as f')
          .select('f.case_id')
          .whereRef('f.case_id', '=', 'lc.id')
          .where('f.client_id', '=', clientId),
      ),
    );
  }
  if (q.hasOverdueTask) {
    // The earliest open task's due date, kept per case by triggers (migration 0009): a range of
    // the small legal_case_next_task_due index rather than a look into every case's tasks.
    base = base.where('lc.next_task_due', '<', today);
  }
  const order = q.sort === 'recent' ? 'lc.updated_at' : 'lc.opened_on';
  // Nearest deadline first; cases without an open deadline after them, newest opened first.
  const orderBy: RawBuilder<unknown>[] =
    q.sort === 'deadline'
      ? [sql`${nextDeadline} IS NULL`, nextDeadline, sql`lc.opened_on DESC`, sql`lc.id`]
      : [sql`${sql.ref(order)} DESC`, sql`lc.id`];
  const sorted = <Q extends { orderBy(expr: RawBuilder<unknown>): Q }>(query: Q): Q =>
    orderBy.reduce((acc, expr) => acc.orderBy(expr), query);
  // With the overdue filter, legal_case_next_task_due holds everything the count and the page
  // order need. Unary + keeps SQLite off legal_case_list (deleted_at, opened_on): without planner
  // statistics "deleted_at IS NULL" looks selective although nearly every case matches.
  const live = base.where(
    q.hasOverdueTask ? sql<SqlBool>`+lc.deleted_at IS NULL` : sql<SqlBool>`lc.deleted_at IS NULL`,
  );
  const total = Number((await live.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  // Overdue: the page's ids first, from that index alone, then their columns, so the task counts
  // below are computed for the page and not for every overdue case.
  const page = q.hasOverdueTask
    ? db
        .selectFrom('legal_case as lc')
        .where('lc.id', 'in', sorted(live.select('lc.id')).limit(q.limit).offset(q.offset))
    : sorted(live).limit(q.limit).offset(q.offset);
  const rows = await page
    .select([
      'lc.id',
      'lc.title',
      'lc.type',
      'lc.status',
      'lc.opened_on',
      'lc.file_numbers',
      'lc.updated_at',
      sql<number>`(SELECT count(*) FROM case_task t WHERE t.case_id = lc.id AND t.done_at IS NULL)`.as('open_tasks'),
      sql<number>`(SELECT count(*) FROM case_task t WHERE t.case_id = lc.id AND t.done_at IS NULL AND t.due_on < ${today})`.as(
        'overdue_tasks',
      ),
      nextDeadline.as('next_deadline'),
    ])
    .$call((query) => (q.hasOverdueTask ? sorted(query) : query))
    .execute();

  const clientsOf = await clientsOfCases(
    db,
    rows.map((r) => r.id),
  );
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      type: r.type as CaseRow['type'],
      status: r.status as CaseRow['status'],
      clients: clientsOf(r.id),
      openedOn: r.opened_on,
      fileNumbers: JSON.parse(r.file_numbers) as CaseRow['fileNumbers'],
      openTasks: Number(r.open_tasks),
      overdueTasks: Number(r.overdue_tasks),
      nextDeadline: r.next_deadline,
      updatedAt: r.updated_at,
    })),
  };
}
