// Migration 0011: casework records (power of attorney, notifications, stay requests), hearing
// postponements and outcomes, deadline revisions, and the trash of a case's smaller records.
import { expect, it } from 'vitest';
import { describeMigration, schemaNames } from './harness';

const CASE = 'a0000000-0000-4000-8000-000000000001';

describeMigration(
  '0011-casework',
  [
    [
      'a case’s power of attorney',
      'power_of_attorney_case',
      'power_of_attorney',
      'SELECT * FROM power_of_attorney WHERE case_id = ?',
      CASE,
    ],
    [
      'a case’s notifications',
      'case_notification_case',
      'case_notification',
      'SELECT * FROM case_notification WHERE case_id = ?',
      CASE,
    ],
    [
      'a case’s stay requests, oldest first',
      'stay_request_case',
      'stay_request',
      'SELECT * FROM stay_request WHERE case_id = ? ORDER BY requested_on',
      CASE,
    ],
    [
      'a hearing’s postponements, oldest first',
      'hearing_postponement_hearing',
      'hearing_postponement',
      'SELECT * FROM hearing_postponement WHERE hearing_id = ? ORDER BY created_at',
      'h0000000-0000-4000-8000-000000000001',
    ],
    [
      'a deadline’s revisions, oldest first',
      'deadline_revision_deadline',
      'deadline_revision',
      'SELECT * FROM deadline_revision WHERE deadline_id = ? ORDER BY revised_at',
      'd0000000-0000-4000-8000-000000000001',
    ],
    [
      'a case’s trashed records, newest first',
      'trash_record_case',
      'trash_record',
      'SELECT id, entity, deleted_at FROM trash_record WHERE case_id = ? ORDER BY deleted_at DESC',
      CASE,
    ],
    [
      'a client’s trashed records (the cascade when a client is purged)',
      'trash_record_client',
      'trash_record',
      'SELECT id FROM trash_record WHERE client_id = ?',
      'c0000000-0000-4000-8000-000000000001',
    ],
  ],
  (harness) => {
    it('purging a case takes its casework records, postponements and trashed records with it', async () => {
      const h = harness();
      await h.upgradeTo('0011-casework');
      expect(schemaNames(h.sqlite, 'table')).toEqual(
        expect.arrayContaining([
          'power_of_attorney',
          'case_notification',
          'stay_request',
          'hearing_postponement',
          'deadline_revision',
          'trash_record',
        ]),
      );
      h.sqlite.prepare('DELETE FROM legal_case WHERE id = ?').run(CASE);
      for (const table of [
        'power_of_attorney',
        'case_notification',
        'stay_request',
        'hearing_postponement',
        'trash_record',
      ]) {
        expect(h.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
      }
    });
  },
);
