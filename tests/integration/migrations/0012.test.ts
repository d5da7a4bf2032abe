// Migration 0012: record keys for cell-key perturbation, the lawyer's release register, revisions
// in the supervisor's register, N and lawyer labels (issue 15).
import { expect, it } from 'vitest';
import { describeMigration, schemaNames } from './harness';

const AT = '2026-11-01T10:00:00.000Z';

describeMigration(
  '0012-field-data',
  [
    [
      'the release register: every release of one period (the repeat and correction check)',
      'sqlite_autoindex_report_release_1',
      'report_release',
      'SELECT revision, salt, report_sha256 FROM report_release WHERE period = ? ORDER BY revision DESC',
      '2026-Q3',
    ],
  ],
  (harness) => {
    it('record keys are read through their primary key (WITHOUT ROWID tables), never scanned', async () => {
      const h = harness();
      await h.migrateTo('0012-field-data');
      for (const [table, key, joined] of [
        ['client_record_key', 'client_id', 'client'],
        ['case_record_key', 'case_id', 'legal_case'],
      ] as const) {
        const plan = h.plan(
          `SELECT j.id, k.record_key FROM ${joined} j JOIN ${table} k ON k.${key} = j.id WHERE j.id = ?`,
          'x',
        );
        expect(plan, plan.join(' | ')).toContain(`SEARCH k USING PRIMARY KEY (${key}=?)`);
      }
    });

    it('creates its tables; record keys go with a purged client or case, and stay within 32 bits', async () => {
      const h = harness();
      await h.migrateTo('0012-field-data');
      expect(schemaNames(h.sqlite, 'table')).toEqual(
        expect.arrayContaining(['client_record_key', 'case_record_key', 'report_release']),
      );
      h.sqlite.pragma('foreign_keys = ON');
      h.sqlite
        .prepare('INSERT INTO client (id, given_name, sort_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run('p', 'p', 'p', AT, AT);
      h.sqlite.prepare('INSERT INTO client_record_key (client_id, record_key) VALUES (?, ?)').run('p', 7);
      expect(() =>
        h.sqlite.prepare('UPDATE client_record_key SET record_key = ? WHERE client_id = ?').run(2 ** 32, 'p'),
      ).toThrow(/CHECK/);
      h.sqlite.prepare('DELETE FROM client WHERE id = ?').run('p');
      expect(h.sqlite.prepare('SELECT count(*) AS n FROM client_record_key').get()).toEqual({ n: 0 });
      // One row per period and revision.
      const release = h.sqlite.prepare(
        `INSERT INTO report_release (period, period_from, period_to, revision, schema_version, salt, report_sha256, released_at)
         VALUES ('2026-Q3', '2026-07-01', '2026-09-30', ?, 2, 0, 'x', ?)`,
      );
      release.run(1, AT);
      expect(() => release.run(1, AT)).toThrow(/UNIQUE/);
    });
  },
);
