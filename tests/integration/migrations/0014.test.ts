// Migration 0014: saved column mappings and the import register, counts only (issue 17).
import { expect, it } from 'vitest';
import { describeMigration, schemaNames } from './harness';

const AT = '2026-11-01T10:00:00.000Z';

describeMigration(
  '0014-import',
  [
    [
      'the saved mapping for a header row (offered again on the next import of the same sheet)',
      'sqlite_autoindex_import_mapping_1',
      'import_mapping',
      'SELECT mapping FROM import_mapping WHERE header_key = ?',
      'ad soyad',
    ],
  ],
  (harness) => {
    it('creates its tables; a mapping per header row, counts never negative', async () => {
      const h = harness();
      await h.migrateTo('0014-import');
      expect(schemaNames(h.sqlite, 'table')).toEqual(expect.arrayContaining(['import_mapping', 'import_run']));
      const save = h.sqlite.prepare('INSERT INTO import_mapping (header_key, mapping, used_at) VALUES (?, ?, ?)');
      save.run('ad', '{}', AT);
      expect(() => save.run('ad', '{}', AT)).toThrow(/UNIQUE|PRIMARY/);
      expect(() =>
        h.sqlite
          .prepare('INSERT INTO import_run (at, rows, created, merged, skipped, cases) VALUES (?, -1, 0, 0, 0, 0)')
          .run(AT),
      ).toThrow(/CHECK/);
    });
  },
);
