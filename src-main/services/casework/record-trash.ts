import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { AuditEntity } from '../../shared/schemas/audit';
import type { TrashableEntity, TrashedRecord } from '../../shared/schemas/casework';
import { recordAudit } from '../audit-log';
import type { ConflictService } from '../casefile/conflict-service';
import { inTransaction, nowIso, type CasefileDeps } from '../casefile/context';
import { indexRecord, unindexRecords, type SearchKind } from '../casefile/search-index';

type Row = Record<string, string | number | null>;

interface TrashSpec {
  table: string;
  /** Rows that live and die with the record (ON DELETE CASCADE): kept in the payload too. */
  children: ReadonlyArray<{ table: string; column: string }>;
  /** Search index entry to drop and rebuild. */
  search?: { kind: SearchKind; parts: (row: Row) => Array<string | null> };
  /** What the lawyer reads in the trash list (never audited, never logged). */
  label: (row: Row) => string;
}

const text = (v: string | number | null | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

const SPECS: Record<TrashableEntity, TrashSpec> = {
  activity: {
    table: 'case_activity',
    children: [],
    search: { kind: 'activity', parts: (r) => [textOrNull(r.summary)] },
    label: (r) => `${text(r.occurred_on)} ${text(r.summary) || text(r.kind)}`.trim(),
  },
  task: { table: 'case_task', children: [], label: (r) => text(r.title) },
  'time-entry': {
    table: 'time_entry',
    children: [],
    label: (r) => `${text(r.worked_on)} · ${text(r.minutes)} min ${text(r.description)}`.trim(),
  },
  person: {
    table: 'related_person',
    children: [],
    search: { kind: 'person', parts: (r) => [textOrNull(r.name), textOrNull(r.identity_number)] },
    label: (r) => text(r.name),
  },
  hearing: {
    table: 'hearing',
    children: [{ table: 'hearing_postponement', column: 'hearing_id' }],
    label: (r) => `${text(r.starts_at).replace('T', ' ')} ${text(r.court)}`.trim(),
  },
  deadline: {
    table: 'case_deadline',
    children: [
      { table: 'case_reminder', column: 'deadline_id' },
      { table: 'deadline_revision', column: 'deadline_id' },
    ],
    label: (r) => `${text(r.due_on)} ${text(r.title) || text(r.rule_id)}`.trim(),
  },
  'power-of-attorney': {
    table: 'power_of_attorney',
    children: [],
    label: (r) => `${text(r.granted_on)} ${text(r.notary)}`.trim(),
  },
  notification: { table: 'case_notification', children: [], label: (r) => text(r.subject) },
  'stay-request': { table: 'stay_request', children: [], label: (r) => text(r.requested_on) },
};

const AUDIT: Record<TrashableEntity, AuditEntity> = {
  activity: 'activity',
  task: 'task',
  'time-entry': 'time-entry',
  person: 'person',
  hearing: 'hearing',
  deadline: 'deadline',
  'power-of-attorney': 'power-of-attorney',
  notification: 'notification',
  'stay-request': 'stay-request',
};

interface Payload {
  row: Row;
  children: Record<string, Row[]>;
  /** Tasks that pointed at a deadline (ON DELETE SET NULL), pointed back at it on restore. */
  linkedTasks?: string[];
}

/** Column names come from our own rows; checked anyway before they become SQL identifiers. */
const COLUMN = /^[a-z_]+$/;

async function insertRow(tx: Db, table: string, row: Row): Promise<void> {
  const columns = Object.keys(row).filter((c) => COLUMN.test(c));
  await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    VALUES (${sql.join(columns.map((c) => row[c] ?? null))})`.execute(tx);
}

const selectRows = async (tx: Db, table: string, column: string, id: string): Promise<Row[]> =>
  (await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id}`.execute(tx)).rows;

/**
 * The trash of a case's smaller records. Deleting moves the row (and the rows that depend on
 * it) into `trash_record` as JSON and out of its table, so every other query sees live records
 * only; restoring puts them back with the same ids, versions and dates. Emptying the trash, or
 * purging the case or client, deletes them for good.
 */
export function createRecordTrash(deps: CasefileDeps, conflicts: ConflictService) {
  const inTx = <T>(run: (tx: Db) => Promise<T>) => inTransaction(deps, run);

  return {
    trash: (entity: TrashableEntity, id: string): Promise<void> =>
      inTx(async (tx) => {
        const spec = SPECS[entity];
        const [row] = await selectRows(tx, spec.table, 'id', id);
        if (!row) throw new AppError('NOT_FOUND', 'Not found');
        const children: Record<string, Row[]> = {};
        for (const child of spec.children) children[child.table] = await selectRows(tx, child.table, child.column, id);
        const payload: Payload = { row, children };
        if (entity === 'deadline') {
          payload.linkedTasks = (
            await tx.selectFrom('case_task').select('id').where('deadline_id', '=', id).execute()
          ).map((r) => r.id);
        }
        await sql`DELETE FROM ${sql.table(spec.table)} WHERE id = ${id}`.execute(tx);
        if (spec.search) await unindexRecords(tx, spec.search.kind, [id]);
        await tx
          .insertInto('trash_record')
          .values({
            id,
            entity,
            case_id: textOrNull(row.case_id),
            client_id: textOrNull(row.client_id),
            payload: JSON.stringify(payload),
            deleted_at: nowIso(deps),
          })
          .execute();
        await recordAudit(tx, deps.clock, { action: 'deleted', entity: AUDIT[entity], entityId: id });
        if (entity === 'person') conflicts.forget([id]);
      }),

    async restore(id: string): Promise<{ entity: TrashableEntity; caseId: string | null }> {
      const restored = await inTx(async (tx) => {
        const entry = await tx.selectFrom('trash_record').selectAll().where('id', '=', id).executeTakeFirst();
        if (!entry) throw new AppError('NOT_FOUND', 'Not found');
        const entity = entry.entity as TrashableEntity;
        const spec = SPECS[entity];
        const payload = JSON.parse(entry.payload) as Payload;
        await insertRow(tx, spec.table, payload.row);
        for (const child of spec.children) {
          for (const row of payload.children[child.table] ?? []) await insertRow(tx, child.table, row);
        }
        if (payload.linkedTasks?.length) {
          await tx
            .updateTable('case_task')
            .set({ deadline_id: id })
            .where('id', 'in', payload.linkedTasks)
            .where('deadline_id', 'is', null)
            .execute();
        }
        if (spec.search)
          await indexRecord(tx, spec.search.kind, id, textOrNull(payload.row.case_id), spec.search.parts(payload.row));
        await tx.deleteFrom('trash_record').where('id', '=', id).execute();
        await recordAudit(tx, deps.clock, { action: 'restored', entity: AUDIT[entity], entityId: id });
        return { entity, caseId: entry.case_id };
      });
      if (restored.entity === 'person') await conflicts.refreshPerson(id);
      return restored;
    },

    async list(caseId?: string): Promise<TrashedRecord[]> {
      let query = deps.db().selectFrom('trash_record').selectAll();
      if (caseId !== undefined) query = query.where('case_id', '=', caseId);
      const rows = await query.orderBy('deleted_at', 'desc').execute();
      return rows.map((r) => {
        const entity = r.entity as TrashableEntity;
        const payload = JSON.parse(r.payload) as Payload;
        return {
          id: r.id,
          entity,
          caseId: r.case_id,
          label: SPECS[entity].label(payload.row),
          deletedAt: r.deleted_at,
        };
      });
    },

    /** For good: with the rest of the trash ("Empty trash"). */
    async empty(db: Db = deps.db()): Promise<number> {
      const result = await db.deleteFrom('trash_record').executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type RecordTrash = ReturnType<typeof createRecordTrash>;
