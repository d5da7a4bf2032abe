import type { Generated } from 'kysely';

/**
 * Row types as SQLite stores them (Db* names). Domain types live in shared/schemas; the
 * repositories convert between the two so storage details never leak into the UI contract.
 */
export interface DbSetting {
  key: string;
  /** JSON-encoded value, validated with zod on read. */
  value: string;
  updated_at: string;
}

export interface DbAuditEvent {
  id: Generated<number>;
  at: string;
  action: string;
  entity: string;
  entity_id: string | null;
}

export interface Database {
  setting: DbSetting;
  audit_event: DbAuditEvent;
}
