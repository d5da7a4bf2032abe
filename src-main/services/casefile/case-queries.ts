import { sql } from 'kysely';
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
  /** Newest opened first (default), or most recently changed first. */
  sort?: 'opened' | 'recent';
  includeClosed?: boolean;
  offset: number;
  limit: number;
}

/** One page of cases, newest first, with their clients' names and task counts. */
export async function listCases(db: Db, today: string, q: CaseListQuery): Promise<{ total: number; rows: CaseRow[] }> {
  let base = db.selectFrom('legal_case as lc').where('lc.deleted_at', 'is', null);
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
    // A set computed once from the (done_at, due_on) index, not a probe per case.
    base = base.where(
      'lc.id',
      'in',
      db.selectFrom('case_task as t').select('t.case_id').where('t.done_at', 'is', null).where('t.due_on', '<', today),
    );
  }
  const total = Number((await base.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base
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
    ])
    .orderBy(q.sort === 'recent' ? 'lc.updated_at' : 'lc.opened_on', 'desc')
    .orderBy('lc.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();

  const ids = rows.map((r) => r.id);
  const clients = ids.length
    ? await db
        .selectFrom('case_client as cc')
        .innerJoin('client as c', 'c.id', 'cc.client_id')
        .select(['cc.case_id', 'c.id', 'c.given_name', 'c.family_name'])
        .where('cc.case_id', 'in', ids)
        .orderBy('c.sort_key')
        .execute()
    : [];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      type: r.type as CaseRow['type'],
      status: r.status as CaseRow['status'],
      clients: clients.filter((c) => c.case_id === r.id).map((c) => ({ id: c.id, name: displayName(c) })),
      openedOn: r.opened_on,
      fileNumbers: JSON.parse(r.file_numbers) as CaseRow['fileNumbers'],
      openTasks: Number(r.open_tasks),
      overdueTasks: Number(r.overdue_tasks),
      updatedAt: r.updated_at,
    })),
  };
}
