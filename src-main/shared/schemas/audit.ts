import { z } from 'zod';

/**
 * What the audit log can say. Identifiers and fixed words only: a record id, never a name,
 * a file name or any free text, so the log itself can be shown or exported without risk.
 */
export const AUDIT_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'restored',
  'exported',
  'opened',
  'unlocked',
  'locked',
] as const;
// Passphrase changes are deliberately not audited here: they must change the key file and
// nothing else (the database stays byte-identical), and the key file records its own state.
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const AUDIT_ENTITIES = [
  'vault',
  'setting',
  'client',
  'case',
  'note',
  'activity',
  'task',
  'time-entry',
  'person',
  'document',
  'deadline',
  'hearing',
  'report',
  'backup',
  // Issue 14: casework records of a case.
  'power-of-attorney',
  'notification',
  'stay-request',
] as const;
export const auditEntitySchema = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof auditEntitySchema>;

/** Record ids are UUIDs or integers; anything else (a name, a path) is refused. */
export const auditEntityIdSchema = z.union([z.uuid(), z.string().regex(/^[0-9]{1,18}$/)]);
