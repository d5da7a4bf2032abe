import type { Db } from '../db/connection';
import {
  auditActionSchema,
  auditEntityIdSchema,
  auditEntitySchema,
  type AuditAction,
  type AuditEntity,
} from '../shared/schemas/audit';
import type { Clock } from './clock';

export interface AuditEntry {
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string;
}

/**
 * Appends one event. Everything is validated against closed vocabularies so that a caller can
 * never slip a name or free text into the log, even by mistake.
 */
export async function recordAudit(db: Db, clock: Clock, entry: AuditEntry): Promise<void> {
  const action = auditActionSchema.parse(entry.action);
  const entity = auditEntitySchema.parse(entry.entity);
  const entityId = entry.entityId === undefined ? null : auditEntityIdSchema.parse(entry.entityId);
  await db
    .insertInto('audit_event')
    .values({ at: new Date(clock.now()).toISOString(), action, entity, entity_id: entityId })
    .execute();
}

const isList = (entries: AuditEntry | readonly AuditEntry[]): entries is readonly AuditEntry[] =>
  Array.isArray(entries);

/** What a mutation needs: the open database and the clock the audit entry is stamped with. */
export interface MutationDeps {
  db: () => Db;
  clock: Clock;
}

/**
 * A change and its audit entry in one transaction: the entry exists exactly when the change does.
 * `entry` may depend on what the change returned (a new record's id); several entries are
 * appended in order. The one way services write "transaction + audit entry".
 */
export function mutate<T>(
  deps: MutationDeps,
  entry: AuditEntry | readonly AuditEntry[] | ((result: NoInfer<T>) => AuditEntry | readonly AuditEntry[]),
  change: (tx: Db) => Promise<T>,
): Promise<T> {
  return deps
    .db()
    .transaction()
    .execute(async (tx) => {
      const result = await change(tx);
      const entries: AuditEntry | readonly AuditEntry[] = typeof entry === 'function' ? entry(result) : entry;
      for (const one of isList(entries) ? entries : [entries]) await recordAudit(tx, deps.clock, one);
      return result;
    });
}
