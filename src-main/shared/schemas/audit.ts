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
  // Issue 17: a committed spreadsheet import; its id is an import_run row (counts only).
  'import',
  // Issue 17: a case handed over to or received from a colleague; its id is the handover's UUID.
  'handover',
] as const;
export const auditEntitySchema = z.enum(AUDIT_ENTITIES);
export type AuditEntity = z.infer<typeof auditEntitySchema>;

/**
 * Record ids are UUIDs or integers; a released report is named by its period, schema version and
 * revision (`2026-Q3@v2r1`); anything else (a name, a path) is refused.
 */
export const AUDIT_RELEASE_ID_RE = /^20\d{2}-(?:0[1-9]|1[0-2]|Q[1-4])@v\d{1,3}r\d{1,2}$/;
export const auditEntityIdSchema = z.union([
  z.uuid(),
  z.string().regex(/^[0-9]{1,18}$/),
  z.string().regex(AUDIT_RELEASE_ID_RE),
]);
