// Migration 0015: handover keys, trusted colleagues, handovers sent and received, and the
// read-only lock of a handed-over case (issue 17 section 2).
import { expect, it } from 'vitest';
import { describeMigration, schemaNames } from './harness';

const AT = '2026-11-01T10:00:00.000Z';
const CASE = 'a0000000-0000-4000-8000-000000000001';

describeMigration(
  '0015-handover',
  [
    [
      'is this case handed over and still kept read-only (every write to the case checks it)',
      'handover_sent_case',
      'handover_sent',
      "SELECT 1 FROM handover_sent WHERE case_id = ? AND state = 'read-only'",
      CASE,
    ],
    [
      'was this handover already imported (replay check)',
      'sqlite_autoindex_handover_received_1',
      'handover_received',
      'SELECT 1 FROM handover_received WHERE id = ?',
      'x',
    ],
  ],
  (harness) => {
    it('creates its tables; a read-only handed-over case refuses every change until shredded', async () => {
      const h = harness();
      await h.upgradeTo('0015-handover');
      expect(schemaNames(h.sqlite, 'table')).toEqual(
        expect.arrayContaining(['handover_key', 'trusted_colleague', 'handover_sent', 'handover_received']),
      );
      expect(() =>
        h.sqlite
          .prepare(
            "INSERT INTO handover_key (id, public_key, private_box, fingerprint, created_at) VALUES (2, '{}', '{}', 'x', ?)",
          )
          .run(AT),
      ).toThrow(/CHECK/);
      // Writable before the handover.
      h.sqlite.prepare("UPDATE legal_case SET title = 'a' WHERE id = ?").run(CASE);
      h.sqlite
        .prepare(
          "INSERT INTO handover_sent (id, case_id, recipient, copy, state, confirmation_sha256, sent_at) VALUES ('h1', ?, 'r', 'read-only', 'read-only', 'x', ?)",
        )
        .run(CASE, AT);
      expect(() => h.sqlite.prepare("UPDATE legal_case SET title = 'b' WHERE id = ?").run(CASE)).toThrow(
        /case-handed-over/,
      );
      expect(() => h.sqlite.prepare('DELETE FROM case_note WHERE case_id = ?').run(CASE)).toThrow(/case-handed-over/);
      expect(() =>
        h.sqlite
          .prepare("INSERT INTO case_note (id, case_id, body, created_at, updated_at) VALUES ('n2', ?, 'x', ?, ?)")
          .run(CASE, AT, AT),
      ).toThrow(/case-handed-over/);
      expect(() => h.sqlite.prepare("UPDATE legal_case SET title = 'b' WHERE id = ?").run(CASE)).toThrow(
        /case-handed-over/,
      );
      h.sqlite.prepare("UPDATE handover_sent SET state = 'shredded' WHERE id = 'h1'").run();
      h.sqlite.prepare('DELETE FROM legal_case WHERE id = ?').run(CASE);
      expect(h.sqlite.prepare('SELECT count(*) AS n FROM case_note WHERE case_id = ?').get(CASE)).toEqual({ n: 0 });
    });
  },
);
