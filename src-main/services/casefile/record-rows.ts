import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/connection';
import type { Database } from '../../db/schema';
import type { AuditEntity } from '../../shared/schemas/audit';
import { mutate } from '../audit-log';
import { AppError } from '../../shared/errors';
import { newRecordId, nowIso, type CasefileDeps } from './context';
import { updateAtVersion } from './update-at-version';
import { requireLiveCase } from './live-records';

/** What adding or editing a record answers: its id and its version now. */
export type Created = { id: string; version: number };

/** Tables of records the lawyer enters: an id, created/updated stamps and a version. */
export type RecordTable = {
  [T in keyof Database]: Database[T] extends { id: string; created_at: string; updated_at: string; version: unknown }
    ? T
    : never;
}[keyof Database];

/** The tables among them whose rows belong to a case (`case_id`). */
export type CaseRecordTable = {
  [T in RecordTable]: Database[T] extends { case_id: string | null } ? T : never;
}[RecordTable];

/** A new row's columns, without the ones `insertRecord` fills in. */
export type NewRecord<T extends RecordTable> = Omit<Insertable<Database[T]>, 'id' | 'created_at' | 'updated_at'>;

/** An edit's columns, without the ones `updateAtVersion` fills in. */
export type RecordChange<T extends RecordTable> = Omit<Updateable<Database[T]>, 'version' | 'updated_at'>;

/**
 * Inserts a new record with a fresh id, stamped `at` (now by default) as created and updated;
 * it starts at version 1. Inside the caller's transaction; the caller writes the audit entry.
 */
export async function insertRecord<T extends RecordTable>(
  db: Db,
  deps: CasefileDeps,
  table: T,
  values: NewRecord<T>,
  at: string = nowIso(deps),
): Promise<Created> {
  const id = newRecordId(deps);
  // As in updateAtVersion: Kysely cannot resolve columns over a generic table; `values` is typed
  // by the caller's table, the cast only hides the generic from the builder.
  await db
    .insertInto(table as 'case_note')
    .values({ ...(values as NewRecord<'case_note'>), id, created_at: at, updated_at: at })
    .execute();
  return { id, version: 1 };
}

/** A record created in one transaction with its "created" audit entry (by id only). */
export const createRecord = <T extends Created>(
  deps: CasefileDeps,
  entity: AuditEntity,
  change: (tx: Db) => Promise<T>,
): Promise<T> => mutate(deps, (r) => ({ action: 'created', entity, entityId: r.id }), change);

/** A record changed in one transaction with its "updated" audit entry (by id only). */
export const editRecord = <T>(
  deps: CasefileDeps,
  entity: AuditEntity,
  id: string,
  change: (tx: Db) => Promise<T>,
): Promise<T> => mutate(deps, { action: 'updated', entity, entityId: id }, change);

/**
 * Adds a record to a live case, audited by id: `before` checks what else it needs, `after`
 * writes what goes with it (its search entry), both in the same transaction.
 */
export function addCaseRecord<T extends CaseRecordTable>(
  deps: CasefileDeps,
  entity: AuditEntity,
  table: T,
  values: NewRecord<T> & { case_id: string },
  hooks: { before?: (tx: Db) => Promise<void>; after?: (tx: Db, created: Created) => Promise<void> } = {},
): Promise<Created> {
  return createRecord(deps, entity, async (tx) => {
    await requireLiveCase(tx, values.case_id);
    await hooks.before?.(tx);
    const created = await insertRecord(tx, deps, table, values);
    await hooks.after?.(tx, created);
    return created;
  });
}

/** Row `id` of `table`; NOT_FOUND (with `message`) when there is none. */
export async function rowOf<T extends RecordTable>(
  db: Db,
  table: T,
  id: string,
  message = 'Not found',
): Promise<Selectable<Database[T]>> {
  const row = await db
    .selectFrom(table as 'case_note')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', message);
  return row as Selectable<Database[T]>;
}

/** An edit: what goes with it (written through `tx`), and the new columns of `row`. */
export type RecordEdit<T extends RecordTable> = (
  tx: Db,
  row: Selectable<Database[T]>,
  at: string,
) => RecordChange<T> | Promise<RecordChange<T>>;

/**
 * How records of `table` are edited: record `id` at `version` (a stale screen gets CONFLICT),
 * audited by id as `entity`. `change` gets the current row (NOT_FOUND with `notFound` when it is
 * gone) and the time stamp, writes what goes with the edit and returns the new columns; all in
 * one transaction.
 */
export const recordEditor =
  <T extends RecordTable>(deps: CasefileDeps, entity: AuditEntity, table: T, notFound?: string) =>
  (id: string, version: number, change: RecordEdit<T>): Promise<Created> =>
    editRecord(deps, entity, id, async (tx) => {
      const at = nowIso(deps);
      const values = await change(tx, await rowOf(tx, table, id, notFound), at);
      return { id, version: await updateAtVersion(tx, table, id, version, values, at) };
    });

/** How a list is ordered: by a column, ascending unless told. */
type RowOrder<T extends CaseRecordTable> = [orderBy?: keyof Database[T] & string, direction?: 'asc' | 'desc'];

/** A case's rows of one table, in the order given. */
export function caseRows<T extends CaseRecordTable>(
  db: Db,
  table: T,
  caseId: string,
  ...[orderBy, direction = 'asc']: RowOrder<T>
): Promise<Array<Selectable<Database[T]>>> {
  const query = db
    .selectFrom(table as 'case_note')
    .selectAll()
    .where('case_id', '=', caseId);
  const ordered = orderBy === undefined ? query : query.orderBy(orderBy as 'created_at', direction);
  return ordered.execute() as Promise<Array<Selectable<Database[T]>>>;
}

/** A live case's rows of one table (NOT_FOUND when the case is gone or in the trash). */
export async function liveCaseRows<T extends CaseRecordTable>(
  db: Db,
  table: T,
  caseId: string,
  ...order: RowOrder<T>
): Promise<Array<Selectable<Database[T]>>> {
  await requireLiveCase(db, caseId);
  return caseRows(db, table, caseId, ...order);
}

/**
 * Rows that belong to other records (`column` names their parent), for a list of parents, in
 * `orderBy` order: answers each parent's own.
 */
export async function childRows<T extends 'hearing_postponement' | 'deadline_revision'>(
  db: Db,
  table: T,
  column: keyof Database[T] & string,
  parents: ReadonlyArray<{ id: string }>,
  orderBy: keyof Database[T] & string,
): Promise<(parentId: string) => Array<Selectable<Database[T]>>> {
  const rows = parents.length
    ? ((await db
        .selectFrom(table as 'deadline_revision')
        .selectAll()
        .where(
          column as 'deadline_id',
          'in',
          parents.map((p) => p.id),
        )
        .orderBy(orderBy as 'revised_at')
        .execute()) as Array<Record<string, unknown>>)
    : [];
  return (parentId) => rows.filter((r) => r[column] === parentId) as Array<Selectable<Database[T]>>;
}

/** The ids of the rows a query finds. */
export const idsOf = async (query: { execute(): Promise<Array<{ id: string }>> }): Promise<string[]> =>
  (await query.execute()).map((r) => r.id);

/** The part a client's or a case's stored form starts with. */
export const storedHead = (r: {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}) => ({ id: r.id, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at, deletedAt: r.deleted_at });

/** The part every record's view starts with. */
export const recordHead = (r: { id: string; version: number; case_id: string }) => ({
  id: r.id,
  version: r.version,
  caseId: r.case_id,
});
