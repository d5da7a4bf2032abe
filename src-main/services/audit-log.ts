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
