/**
 * The case list's "next deadline" column and sort (issue 14): each row carries the earliest last
 * day among its case's open legal deadlines; `sort: 'deadline'` puts the nearest first and cases
 * without one last, with the overdue-task filter too. The per-case look-up is a range of the
 * case_deadline_case index, never a scan of every deadline.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { fakeClock } from '../../../src-main/services/clock';
import { channelsOf, testBackend } from '../../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault';

const all = { offset: 0, limit: 100 } as const;

describe('cases:list next deadline', () => {
  let cleanup: () => Promise<void>;
  let backend: Backend;
  const { call } = channelsOf(() => backend);

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = await makeTempDir());
    backend = testBackend({ vaultDir: dir, clock: fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0)) });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  async function newCase(name: string, openedOn: string): Promise<string> {
    const { caseId } = await call('intake:create', {
      client: { givenName: name, familyName: 'Test' },
      case: { type: 'removal-appeal', status: 'active', openedOn },
    });
    return caseId;
  }

  it('shows the earliest open deadline per case and sorts by it, cases without one last', async () => {
    const a = await newCase('Ali', '2026-11-01');
    const b = await newCase('Banu', '2026-11-10');
    const c = await newCase('Cem', '2026-11-20');
    await call('deadlines:add', { caseId: a, title: 'Dilekçe', dueOn: '2026-12-20', reason: 'Yazı' });
    const early = await call('deadlines:add', { caseId: a, title: 'İtiraz', dueOn: '2026-12-05', reason: 'Yazı' });
    await call('deadlines:add', { caseId: b, title: 'Beyan', dueOn: '2026-12-10', reason: 'Yazı' });

    const opened = await call('cases:list', all);
    expect(opened.rows.map((r) => [r.id, r.nextDeadline])).toEqual([
      [c, null],
      [b, '2026-12-10'],
      [a, '2026-12-05'],
    ]);
    const byDeadline = await call('cases:list', { ...all, sort: 'deadline' });
    expect(byDeadline.rows.map((r) => r.id)).toEqual([a, b, c]);

    // Done deadlines do not count; reopening brings it back.
    const done = await call('deadlines:complete', { id: early.id, version: early.version });
    expect((await call('cases:list', { ...all, sort: 'deadline' })).rows.map((r) => [r.id, r.nextDeadline])).toEqual([
      [b, '2026-12-10'],
      [a, '2026-12-20'],
      [c, null],
    ]);
    await call('deadlines:reopen', { id: early.id, version: done.version });
    expect((await call('cases:list', all)).rows.find((r) => r.id === a)?.nextDeadline).toBe('2026-12-05');

    // With the overdue-task filter the page keeps the same order.
    await call('tasks:add', { caseId: b, title: 'Ara', dueOn: '2026-11-01' });
    await call('tasks:add', { caseId: c, title: 'Ara', dueOn: '2026-11-02' });
    const overdue = await call('cases:list', { ...all, hasOverdueTask: true, sort: 'deadline' });
    expect(overdue.rows.map((r) => r.id)).toEqual([b, c]);
  });

  it('looks a case’s deadlines up through the case_deadline_case index', async () => {
    const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN
      SELECT lc.id, (SELECT min(d.due_on) FROM case_deadline d WHERE d.case_id = lc.id AND +d.done_at IS NULL) AS n
      FROM legal_case lc WHERE lc.deleted_at IS NULL ORDER BY n IS NULL, n, lc.opened_on DESC, lc.id`.execute(
      backend.vault.db(),
    );
    const details = plan.rows.map((r) => r.detail);
    expect(details.some((d) => /SEARCH d USING INDEX case_deadline_case/.test(d))).toBe(true);
    expect(details.some((d) => /SCAN d\b|case_deadline_due/.test(d))).toBe(false);
  });
});
