import { sql, type SqlBool } from 'kysely';
import { AppError } from '../../shared/errors';
import { clientInputSchema, type ClientInput } from '../../shared/schemas/clients';
import type { CaseRow, ClientRow } from '../../shared/schemas/casefile-views';
import type { Db } from '../../db/connection';
import { mutate, recordAudit, type AuditEntry } from '../audit-log';
import { clientColumns, clientSearchParts } from './client-mapping';
import { readClient, writeClientChildren, type StoredClient } from './client-store';
import type { ConflictService } from './conflict-service';
import { inTransaction, nowIso, todayOf, validate, type CasefileDeps } from './context';
import { insertRecord } from './record-rows';
import { updateAtVersion } from './update-at-version';
import { listCases } from './case-queries';
import { indexRecord, matchingIds } from './search-index';

export interface ClientListQuery {
  search?: string | undefined;
  nationality?: string | undefined;
  vulnerability?: string | undefined;
  hasOverdueTask?: boolean | undefined;
  sort: 'name' | 'recent';
  offset: number;
  limit: number;
}

export interface ClientService {
  create(input: unknown): Promise<{ id: string; version: number }>;
  /** For callers that already hold a transaction (intake). */
  createIn(db: Db, input: ClientInput): Promise<string>;
  update(id: string, version: number, input: unknown): Promise<{ id: string; version: number }>;
  get(id: string): Promise<StoredClient & { cases: CaseRow[] }>;
  list(query: ClientListQuery): Promise<{ total: number; rows: ClientRow[] }>;
  trash(id: string, withOpenCases: boolean): Promise<void>;
  restore(id: string): Promise<void>;
}

/** The client's cases (`lc`), through its links (`cc`). */
const casesOf = (db: Db, clientId: string) =>
  db
    .selectFrom('case_client as cc')
    .innerJoin('legal_case as lc', 'lc.id', 'cc.case_id')
    .where('cc.client_id', '=', clientId);

export function createClientService(deps: CasefileDeps, conflicts: ConflictService): ClientService {
  const schema = () => clientInputSchema(todayOf(deps));

  async function createIn(db: Db, client: ClientInput): Promise<string> {
    const { id } = await insertRecord(db, deps, 'client', clientColumns(client));
    await writeClientChildren(db, id, client);
    await indexRecord(db, 'client', id, null, clientSearchParts(client));
    await recordAudit(db, deps.clock, { action: 'created', entity: 'client', entityId: id });
    return id;
  }

  return {
    createIn,

    async create(input) {
      const client = validate(schema(), input, 'client');
      const id = await inTransaction(deps, (tx) => createIn(tx, client));
      await conflicts.refreshClient(id);
      return { id, version: 1 };
    },

    async update(id, version, input) {
      const client = validate(schema(), input, 'client');
      const next = await mutate(deps, { action: 'updated', entity: 'client', entityId: id }, async (tx) => {
        const bumped = await updateAtVersion(tx, 'client', id, version, clientColumns(client), nowIso(deps), {
          onlyIfLive: true,
        });
        await writeClientChildren(tx, id, client);
        await indexRecord(tx, 'client', id, null, clientSearchParts(client));
        return bumped;
      });
      await conflicts.refreshClient(id);
      return { id, version: next };
    },

    async get(id) {
      const db = deps.db();
      const stored = await readClient(db, id);
      const cases = await listCases(db, todayOf(deps), { clientId: id, offset: 0, limit: 500, includeClosed: true });
      return { ...stored, cases: cases.rows };
    },

    async list(q) {
      const db = deps.db();
      const today = todayOf(deps);
      // Live (not trashed) clients; that condition is added last, in one of two forms (see `live`).
      let base = db.selectFrom('client');
      if (q.search !== undefined && q.search.trim() !== '') {
        const ids = matchingIds(q.search, 'client');
        if (ids) base = base.where('client.id', 'in', ids);
      }
      if (q.nationality) base = base.where('client.nationality', '=', q.nationality);
      if (q.vulnerability) {
        const code = q.vulnerability;
        base = base.where((eb) =>
          eb.exists(
            eb
              .selectFrom('client_vulnerability as v')
              .select('v.id')
              .whereRef('v.client_id', '=', 'client.id')
              .where('v.code', '=', code),
          ),
        );
      }
      if (q.hasOverdueTask) {
        // The earliest open task of the client's live cases, kept per client by triggers
        // (migration 0009): a range of the small client_next_task_due index.
        base = base.where('client.next_task_due', '<', today);
      }
      const [order, direction] =
        q.sort === 'recent' ? (['client.updated_at', 'desc'] as const) : (['client.sort_key', 'asc'] as const);
      // With the overdue filter, client_next_task_due holds everything the count and the page
      // order need. Unary + keeps SQLite off client_list (deleted_at, sort_key): without planner
      // statistics "deleted_at IS NULL" looks selective although nearly every client matches.
      const live = base.where(
        q.hasOverdueTask ? sql<SqlBool>`+client.deleted_at IS NULL` : sql<SqlBool>`client.deleted_at IS NULL`,
      );
      const total = Number((await live.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      // Overdue: the page's ids first, from that index alone, then their columns, so the case
      // counts below are computed for the page and not for every overdue client.
      const page = q.hasOverdueTask
        ? db
            .selectFrom('client')
            .where(
              'client.id',
              'in',
              live.select('client.id').orderBy(order, direction).orderBy('client.id').limit(q.limit).offset(q.offset),
            )
        : live.limit(q.limit).offset(q.offset);
      const rows = await page
        .select([
          'client.id',
          'client.given_name',
          'client.family_name',
          'client.nationality',
          'client.birth_date',
          'client.interpreter_language',
          'client.updated_at',
          sql<number>`(SELECT count(*) FROM case_client cc JOIN legal_case lc ON lc.id = cc.case_id WHERE cc.client_id = client.id AND lc.deleted_at IS NULL AND lc.status <> 'closed')`.as(
            'open_cases',
          ),
          sql<number>`(SELECT count(*) FROM case_client cc JOIN legal_case lc ON lc.id = cc.case_id WHERE cc.client_id = client.id AND lc.deleted_at IS NULL)`.as(
            'total_cases',
          ),
        ])
        .orderBy(order, direction)
        .orderBy('client.id')
        .execute();
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          givenName: r.given_name,
          familyName: r.family_name,
          nationality: r.nationality,
          birthYear: r.birth_date ? Number(r.birth_date.slice(0, 4)) : null,
          openCases: Number(r.open_cases),
          totalCases: Number(r.total_cases),
          interpreterLanguage: r.interpreter_language,
          updatedAt: r.updated_at,
        })),
      };
    },

    async trash(id, withOpenCases) {
      const auditEntries = (own: string[]): AuditEntry[] => [
        { action: 'deleted', entity: 'client', entityId: id },
        ...own.map((caseId): AuditEntry => ({ action: 'deleted', entity: 'case', entityId: caseId })),
      ];
      await mutate<string[]>(deps, auditEntries, async (tx) => {
        const row = await tx.selectFrom('client').select(['id', 'deleted_at']).where('id', '=', id).executeTakeFirst();
        if (!row || row.deleted_at) throw new AppError('NOT_FOUND', 'Client not found');
        const cases = await casesOf(tx, id)
          .select([
            'lc.id',
            'lc.status',
            sql<number>`(SELECT count(*) FROM case_client o WHERE o.case_id = lc.id)`.as('client_count'),
          ])
          .where('lc.deleted_at', 'is', null)
          .execute();
        const open = cases.filter((c) => c.status !== 'closed');
        if (open.length > 0 && !withOpenCases)
          throw new AppError('CONFLICT', 'The client has open cases', ['openCases']);
        const at = nowIso(deps);
        await tx.updateTable('client').set({ deleted_at: at }).where('id', '=', id).execute();
        // Cases that belong to this client alone go with them (same timestamp: restored together).
        const own = cases.filter((c) => Number(c.client_count) === 1).map((c) => c.id);
        if (own.length) await tx.updateTable('legal_case').set({ deleted_at: at }).where('id', 'in', own).execute();
        return own;
      });
    },

    async restore(id) {
      await mutate(deps, { action: 'restored', entity: 'client', entityId: id }, async (tx) => {
        const row = await tx.selectFrom('client').select(['deleted_at']).where('id', '=', id).executeTakeFirst();
        if (!row?.deleted_at) throw new AppError('NOT_FOUND', 'Not in the trash');
        const own = await casesOf(tx, id).select('lc.id').where('lc.deleted_at', '=', row.deleted_at).execute();
        await tx.updateTable('client').set({ deleted_at: null }).where('id', '=', id).execute();
        if (own.length)
          await tx
            .updateTable('legal_case')
            .set({ deleted_at: null })
            .where(
              'id',
              'in',
              own.map((c) => c.id),
            )
            .execute();
      });
    },
  };
}
