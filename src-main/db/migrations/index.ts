import type { Migration, MigrationProvider } from 'kysely';
import { migration0001Settings } from './0001-settings';
import { migration0002AuditLog } from './0002-audit-log';
import { migration0003Casefile } from './0003-casefile';
import { migration0004Deadlines } from './0004-deadlines';
import { migration0005Documents } from './0005-documents';
import { migration0006OrgKeys } from './0006-org-keys';
import { migration0007SecurityHardening } from './0007-security-hardening';
import { migration0008DeadlineReminders } from './0008-deadline-reminders';
import { migration0009NextTaskDue } from './0009-next-task-due';
import { migration0010DocumentQueues } from './0010-document-queues';
import { migration0011Casework } from './0011-casework';
import { migration0012FieldData } from './0012-field-data';
import { migration0013PlaybookProgress } from './0013-playbook-progress';
import { migration0014Import } from './0014-import';
import { migration0015Handover } from './0015-handover';
import { migration0018GuideOrgData } from './0018-guide-org-data';

/**
 * Every migration in order. An explicit list instead of scanning a folder, so the bundled
 * app finds them. Never edit a migration that has shipped: add a new one.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001-settings', migration0001Settings],
  ['0002-audit-log', migration0002AuditLog],
  ['0003-casefile', migration0003Casefile],
  ['0004-deadlines', migration0004Deadlines],
  ['0005-documents', migration0005Documents],
  ['0006-org-keys', migration0006OrgKeys],
  ['0007-security-hardening', migration0007SecurityHardening],
  ['0008-deadline-reminders', migration0008DeadlineReminders],
  ['0009-next-task-due', migration0009NextTaskDue],
  ['0010-document-queues', migration0010DocumentQueues],
  ['0011-casework', migration0011Casework],
  ['0012-field-data', migration0012FieldData],
  ['0013-playbook-progress', migration0013PlaybookProgress],
  ['0014-import', migration0014Import],
  ['0015-handover', migration0015Handover],
  ['0018-guide-org-data', migration0018GuideOrgData],
];

export class ListMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: ReadonlyArray<readonly [string, Migration]> = MIGRATIONS) {}

  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(Object.fromEntries(this.migrations));
  }
}
