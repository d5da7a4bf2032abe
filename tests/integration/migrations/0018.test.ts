// Migration 0018: the coordinator in the organisation's key, and imported signed playbooks (issue 16).
import { expect, it } from 'vitest';
import { describeMigration, schemaNames } from './harness';

const AT = '2026-12-03T10:00:00.000Z';

describeMigration(
  '0018-guide-org-data',
  [
    [
      'the imported playbook used instead of the shipped one, by its id',
      'sqlite_autoindex_imported_playbook_1',
      'imported_playbook',
      'SELECT signed_file FROM imported_playbook WHERE playbook_id = ?',
      'removal-appeal',
    ],
  ],
  (harness) => {
    it('adds the contact column and the imported playbooks; one per playbook id, versions from 1', async () => {
      const h = harness();
      await h.migrateTo('0018-guide-org-data');
      expect(schemaNames(h.sqlite, 'table')).toContain('imported_playbook');
      const columns = h.sqlite.prepare("SELECT name FROM pragma_table_info('report_key')").all() as { name: string }[];
      expect(columns.map((c) => c.name)).toContain('contact');
      const save = h.sqlite.prepare(
        'INSERT INTO imported_playbook (playbook_id, signed_file, org_fingerprint, playbook_version, reviewed_on, imported_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      save.run('removal-appeal', '{}', 'f'.repeat(64), 2, '2027-01-10', AT);
      expect(() => save.run('removal-appeal', '{}', 'f'.repeat(64), 3, '2027-01-11', AT)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => save.run('ecthr', '{}', 'f'.repeat(64), 0, '2027-01-11', AT)).toThrow(/CHECK/);
    });
  },
);
