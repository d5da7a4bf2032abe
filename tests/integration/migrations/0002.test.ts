import { describeMigration } from './harness';

describeMigration('0002-audit-log', [
  [
    'the audit trail of one record',
    'audit_event_entity',
    'audit_event',
    'SELECT action FROM audit_event WHERE entity = ? AND entity_id = ? ORDER BY id',
    'document',
    'e0000000-0000-4000-8000-000000000001',
  ],
]);
