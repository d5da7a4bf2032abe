// Migration 0013: playbook progress on a case and the hidden "What to do next" panel (issue 16).
import { expect, it } from 'vitest';
import { describeMigration, schemaNames } from './harness';

const AT = '2026-11-01T10:00:00.000Z';

describeMigration('0013-playbook-progress', [], (harness) => {
  it("a case's step states are read through the primary key (WITHOUT ROWID), never scanned", async () => {
    const h = harness();
    await h.migrateTo('0013-playbook-progress');
    const plan = h.plan('SELECT step_id, state, task_id, deadline_id FROM playbook_step_state WHERE case_id = ?', 'x');
    expect(plan, plan.join(' | ')).toEqual(['SEARCH playbook_step_state USING PRIMARY KEY (case_id=?)']);
  });

  it('creates its tables; the rows go with a purged case; states and the flag are closed', async () => {
    const h = harness();
    await h.migrateTo('0013-playbook-progress');
    expect(schemaNames(h.sqlite, 'table')).toEqual(
      expect.arrayContaining(['playbook_step_state', 'case_guide', 'petition_draft']),
    );
    h.sqlite.pragma('foreign_keys = ON');
    h.sqlite
      .prepare(
        "INSERT INTO legal_case (id, type, status, outcome, opened_on, created_at, updated_at) VALUES ('c', 'removal-appeal', 'active', 'pending', '2026-11-01', ?, ?)",
      )
      .run(AT, AT);
    const step = h.sqlite.prepare(
      "INSERT INTO playbook_step_state (case_id, step_id, playbook_id, state, updated_at) VALUES ('c', ?, 'removal-appeal', ?, ?)",
    );
    step.run('a', 'done', AT);
    expect(() => step.run('a', 'skipped', AT)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => step.run('b', 'maybe', AT)).toThrow(/CHECK/);
    h.sqlite.prepare("INSERT INTO case_guide (case_id, hidden, updated_at) VALUES ('c', 1, ?)").run(AT);
    expect(() => h.sqlite.prepare("UPDATE case_guide SET hidden = 2 WHERE case_id = 'c'").run()).toThrow(/CHECK/);
    h.sqlite.prepare("DELETE FROM legal_case WHERE id = 'c'").run();
    expect(
      h.sqlite
        .prepare('SELECT (SELECT count(*) FROM playbook_step_state) + (SELECT count(*) FROM case_guide) AS n')
        .get(),
    ).toEqual({ n: 0 });
  });
});
