// Migration 0009: next_task_due on cases and clients, kept by triggers, serves the "has overdue
// task" filters of the case and client lists from two small indexes.
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { expect, it } from 'vitest';
import type { Database } from '../../../src-main/db/schema';
import { createCasefile } from '../../../src-main/services/casefile';
import { fakeClock } from '../../../src-main/services/clock';
import { describeMigration, schemaNames, type MigrationHarness } from './harness';

const TODAY = '2026-11-28';
const AT = '2026-11-01T10:00:00.000Z';

const run = (h: MigrationHarness, statement: string, ...params: unknown[]) =>
  h.sqlite.prepare(statement).run(...params);

function addClient(h: MigrationHarness, id: string): void {
  run(
    h,
    `INSERT INTO client (id, given_name, sort_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
    id,
    id,
    id,
    AT,
    AT,
  );
}

function addCase(h: MigrationHarness, id: string, ...clientIds: string[]): void {
  run(
    h,
    `INSERT INTO legal_case (id, type, status, outcome, opened_on, created_at, updated_at)
     VALUES (?, 'removal-appeal', 'active', 'pending', '2026-10-01', ?, ?)`,
    id,
    AT,
    AT,
  );
  for (const clientId of clientIds) run(h, 'INSERT INTO case_client (case_id, client_id) VALUES (?, ?)', id, clientId);
}

function addTask(
  h: MigrationHarness,
  id: string,
  caseId: string,
  dueOn: string | null,
  doneAt: string | null = null,
): void {
  run(
    h,
    `INSERT INTO case_task (id, case_id, title, due_on, done_at, created_at, updated_at) VALUES (?, ?, 'Görev', ?, ?, ?, ?)`,
    id,
    caseId,
    dueOn,
    doneAt,
    AT,
    AT,
  );
}

const due = (h: MigrationHarness, table: 'legal_case' | 'client', id: string): string | null =>
  (h.sqlite.prepare(`SELECT next_task_due AS d FROM ${table} WHERE id = ?`).get(id) as { d: string | null }).d;
const caseDue = (h: MigrationHarness, id: string) => due(h, 'legal_case', id);
const clientDue = (h: MigrationHarness, id: string) => due(h, 'client', id);

describeMigration(
  '0009-next-task-due',
  [
    [
      'counting live cases with an overdue task',
      'legal_case_next_task_due',
      'legal_case',
      'SELECT count(*) FROM legal_case WHERE +deleted_at IS NULL AND next_task_due < ?',
      TODAY,
    ],
    [
      'counting live clients with an overdue task',
      'client_next_task_due',
      'client',
      'SELECT count(*) FROM client WHERE +deleted_at IS NULL AND next_task_due < ?',
      TODAY,
    ],
  ],
  (harness) => {
    it('fills both columns for the clients, cases and tasks that exist when it runs', async () => {
      const h = harness();
      await h.migrateTo('0006-org-keys');
      for (const id of ['p', 'q', 'r']) addClient(h, id);
      addCase(h, 'c1', 'p', 'q');
      addCase(h, 'c2', 'q');
      addCase(h, 'c3', 'r');
      addTask(h, 't1', 'c1', '2026-11-20');
      addTask(h, 't2', 'c1', '2026-11-10', AT); // done: does not count
      addTask(h, 't3', 'c2', '2026-11-05');
      addTask(h, 't4', 'c3', null); // no date: does not count
      run(h, 'UPDATE legal_case SET deleted_at = ? WHERE id = ?', AT, 'c2'); // trashed: not for its client
      await h.migrateTo('0009-next-task-due');
      expect([caseDue(h, 'c1'), caseDue(h, 'c2'), caseDue(h, 'c3')]).toEqual(['2026-11-20', '2026-11-05', null]);
      expect([clientDue(h, 'p'), clientDue(h, 'q'), clientDue(h, 'r')]).toEqual(['2026-11-20', '2026-11-20', null]);
    });

    it('keeps them right on every write: tasks added, done, undone, re-dated, moved, deleted; cases trashed, restored, purged; clients added and removed', async () => {
      const h = harness();
      await h.migrateTo('0009-next-task-due');
      expect(schemaNames(h.sqlite, 'trigger')).toEqual(
        expect.arrayContaining([
          'case_task_next_due_insert',
          'case_task_next_due_delete',
          'case_task_next_due_update',
          'legal_case_next_due_clients',
          'case_client_next_due_insert',
          'case_client_next_due_delete',
          'case_client_next_due_update',
        ]),
      );
      addClient(h, 'p');
      addClient(h, 'q');
      addCase(h, 'a', 'p');
      addCase(h, 'b', 'q');
      expect([caseDue(h, 'a'), clientDue(h, 'p')]).toEqual([null, null]);
      addTask(h, 't1', 'a', '2026-12-10');
      addTask(h, 't2', 'a', '2026-11-15');
      expect([caseDue(h, 'a'), clientDue(h, 'p')]).toEqual(['2026-11-15', '2026-11-15']);
      run(h, 'UPDATE case_task SET done_at = ? WHERE id = ?', AT, 't2');
      expect([caseDue(h, 'a'), clientDue(h, 'p')]).toEqual(['2026-12-10', '2026-12-10']);
      run(h, 'UPDATE case_task SET done_at = NULL WHERE id = ?', 't2');
      expect([caseDue(h, 'a'), clientDue(h, 'p')]).toEqual(['2026-11-15', '2026-11-15']);
      run(h, 'UPDATE case_task SET due_on = ? WHERE id = ?', '2026-12-31', 't2');
      expect(caseDue(h, 'a')).toBe('2026-12-10');
      run(h, 'UPDATE case_task SET due_on = NULL WHERE id = ?', 't1');
      expect([caseDue(h, 'a'), clientDue(h, 'p')]).toEqual(['2026-12-31', '2026-12-31']);
      run(h, 'UPDATE case_task SET case_id = ? WHERE id = ?', 'b', 't2');
      expect([caseDue(h, 'a'), caseDue(h, 'b'), clientDue(h, 'p'), clientDue(h, 'q')]).toEqual([
        null,
        '2026-12-31',
        null,
        '2026-12-31',
      ]);
      // A title or version change leaves them alone.
      run(h, 'UPDATE case_task SET title = ?, version = version + 1 WHERE id = ?', 'Yeni', 't2');
      expect(caseDue(h, 'b')).toBe('2026-12-31');

      // p joins case b: p now has its date; leaves again: gone.
      run(h, 'INSERT INTO case_client (case_id, client_id) VALUES (?, ?)', 'b', 'p');
      expect(clientDue(h, 'p')).toBe('2026-12-31');
      run(h, 'DELETE FROM case_client WHERE case_id = ? AND client_id = ?', 'b', 'p');
      expect(clientDue(h, 'p')).toBeNull();

      // Trash and restore case b: the case keeps its date, its client loses it meanwhile.
      run(h, 'UPDATE legal_case SET deleted_at = ? WHERE id = ?', AT, 'b');
      expect([caseDue(h, 'b'), clientDue(h, 'q')]).toEqual(['2026-12-31', null]);
      run(h, 'UPDATE legal_case SET deleted_at = NULL WHERE id = ?', 'b');
      expect(clientDue(h, 'q')).toBe('2026-12-31');

      run(h, 'DELETE FROM case_task WHERE id = ?', 't2');
      expect([caseDue(h, 'b'), clientDue(h, 'q')]).toEqual([null, null]);

      // A purged case takes its tasks and client links with it (ON DELETE CASCADE); its clients
      // keep only what their other cases have.
      addTask(h, 't3', 'a', '2026-11-01');
      addTask(h, 't4', 'b', '2026-11-20');
      run(h, 'INSERT INTO case_client (case_id, client_id) VALUES (?, ?)', 'a', 'q');
      expect(clientDue(h, 'q')).toBe('2026-11-01');
      run(h, 'DELETE FROM legal_case WHERE id = ?', 'a');
      expect(h.sqlite.prepare('SELECT count(*) AS n FROM case_task WHERE case_id = ?').get('a')).toEqual({ n: 0 });
      expect([clientDue(h, 'p'), clientDue(h, 'q')]).toEqual([null, '2026-11-20']);
    });

    it('the services count and page overdue cases and clients from those indexes alone, and never look into case_task for it', async () => {
      const h = harness();
      await h.migrateTo('0009-next-task-due');
      const queries: CompiledQuery[] = [];
      // A second Kysely on the same handle, recording the SQL the services run (not destroyed:
      // the harness closes the handle).
      const db = new Kysely<Database>({
        dialect: new SqliteDialect({ database: h.sqlite }),
        log: (event) => {
          if (event.level === 'query') queries.push(event.query);
        },
      });
      const casefile = createCasefile({ db: () => db, clock: fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0)) });
      await casefile.cases.list({ hasOverdueTask: true, offset: 0, limit: 100 });
      await casefile.clients.list({ hasOverdueTask: true, sort: 'name', offset: 0, limit: 100 });
      await casefile.clients.list({ hasOverdueTask: true, sort: 'recent', offset: 0, limit: 100 });
      const filtered = queries.filter((q) => q.sql.includes('next_task_due'));
      expect(filtered.length).toBe(6); // a count and a page each time
      for (const q of filtered) {
        const plan = h.plan(q.sql, ...q.parameters);
        const described = `${q.sql}\nplan: ${plan.join(' | ')}`;
        const fromIndexAlone =
          /^SEARCH \w+ USING COVERING INDEX (legal_case|client)_next_task_due \(next_task_due<\?\)$/;
        if (/^select count\(\*\)/i.test(q.sql))
          expect(plan, described).toEqual([expect.stringMatching(fromIndexAlone)]);
        // The page's ids come from the index alone too; only the page's own rows are read.
        else
          expect(
            plan.some((d) => fromIndexAlone.test(d)),
            described,
          ).toBe(true);
        // case_task is read only for the page's per-row task counts, through its (case_id, …) index.
        expect(
          plan.filter((d) => /\b(case_task|t)\b/.test(d) && !/INDEX case_task_case\b/.test(d)),
          described,
        ).toEqual([]);
      }
    });
  },
);
