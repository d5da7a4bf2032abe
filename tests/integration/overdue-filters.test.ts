/**
 * The "has overdue task" filters of the client and case lists (issue 13: index-driven since
 * migration 0009) answer exactly what they answered before: checked through the router against
 * the old definition (a live case with an open task due before today), written here as plain SQL,
 * after every kind of change that can move the answer — a task added, done, undone, a day
 * passing, a case or client trashed and restored, the trash emptied, a case with two clients.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { channelsOf, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';

const DAY = 24 * 60 * 60 * 1000;
const all = { offset: 0, limit: 500 } as const;

describe('has overdue task: same answers as before migration 0009', () => {
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let clock: ReturnType<typeof fakeClock>;
  const { call } = channelsOf(() => backend);

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = await makeTempDir());
    clock = fakeClock(Date.UTC(2026, 10, 28, 9, 0, 0));
    backend = testBackend({ vaultDir: dir, clock });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  const today = () => new Date(clock.now()).toLocaleDateString('sv-SE');

  /** The old definitions, on the same database: live cases with an open task due before today. */
  async function reference(): Promise<{ cases: string[]; clients: string[] }> {
    const db = backend.vault.db();
    const cases = await sql<{ id: string }>`SELECT lc.id FROM legal_case lc WHERE lc.deleted_at IS NULL
      AND EXISTS (SELECT 1 FROM case_task t WHERE t.case_id = lc.id AND t.done_at IS NULL AND t.due_on < ${today()})`.execute(
      db,
    );
    const clients = await sql<{ id: string }>`SELECT c.id FROM client c WHERE c.deleted_at IS NULL AND EXISTS (
      SELECT 1 FROM case_client cc JOIN legal_case lc ON lc.id = cc.case_id AND lc.deleted_at IS NULL
      JOIN case_task t ON t.case_id = cc.case_id AND t.done_at IS NULL AND t.due_on < ${today()}
      WHERE cc.client_id = c.id)`.execute(db);
    return { cases: cases.rows.map((r) => r.id).sort(), clients: clients.rows.map((r) => r.id).sort() };
  }

  /** The filters through the router, restricted like the reference (what the unfiltered lists show). */
  async function filtered(): Promise<{ cases: string[]; clients: string[] }> {
    const cases = await call('cases:list', { ...all, hasOverdueTask: true });
    const clients = await call('clients:list', { ...all, hasOverdueTask: true });
    expect(cases.total).toBe(cases.rows.length);
    expect(clients.total).toBe(clients.rows.length);
    return { cases: cases.rows.map((r) => r.id).sort(), clients: clients.rows.map((r) => r.id).sort() };
  }

  async function expectSameAnswers(expectedCases: number, expectedClients: number): Promise<void> {
    const [now, before] = [await filtered(), await reference()];
    expect(now).toEqual(before);
    // And not vacuously: the step changed what the lawyer sees as intended.
    expect([now.cases.length, now.clients.length]).toEqual([expectedCases, expectedClients]);
  }

  /**
   * Pages of the filtered lists, one row at a time and in both orders, are the unfiltered list's
   * order restricted to the overdue rows: the filter picks rows, it does not reorder or skip them.
   */
  async function expectSamePages(): Promise<void> {
    const overdue = await reference();
    const lists = [
      ['cases:list', ['opened', 'recent'], overdue.cases],
      ['clients:list', ['name', 'recent'], overdue.clients],
    ] as const;
    for (const [channel, sorts, overdueIds] of lists) {
      for (const sort of sorts) {
        const page = async (input: { offset: number; limit: number; hasOverdueTask?: boolean }) =>
          // One channel at a time; the casts only pick the sort values that channel accepts.
          (channel === 'cases:list'
            ? await call(channel, { ...input, sort: sort as 'opened' | 'recent' })
            : await call(channel, { ...input, sort: sort as 'name' | 'recent' })
          ).rows.map((r) => r.id);
        const expected = (await page(all)).filter((id) => (overdueIds as readonly string[]).includes(id));
        const paged: string[] = [];
        for (let offset = 0; offset < expected.length + 1; offset++)
          paged.push(...(await page({ hasOverdueTask: true, offset, limit: 1 })));
        expect(paged, `${channel} by ${sort}`).toEqual(expected);
      }
    }
  }

  it('after tasks come and go, days pass, cases and clients go to the trash and back, and the trash is emptied', async () => {
    const intake = (givenName: string, nationality: 'SY' | 'AF') =>
      call('intake:create', {
        client: { givenName, familyName: 'Test', nationality },
        case: { type: 'removal-appeal', status: 'active', openedOn: '2026-10-01' },
      });
    const a = await intake('Ayşe', 'SY');
    const b = await intake('Bilal', 'AF');
    const c = await intake('Cemile', 'AF');
    // A second case shared by Bilal and Cemile.
    const shared = await call('cases:create', {
      case: {
        type: 'international-protection',
        status: 'active',
        openedOn: '2026-09-01',
        clientIds: [b.clientId, c.clientId],
      },
    });
    await expectSameAnswers(0, 0);

    const overdue = await call('tasks:add', { caseId: a.caseId, title: 'Dilekçe', dueOn: '2026-11-20' });
    await call('tasks:add', { caseId: a.caseId, title: 'Tercüman', dueOn: '2026-12-20' });
    await call('tasks:add', { caseId: b.caseId, title: 'Tarihsiz' });
    const tomorrow = await call('tasks:add', { caseId: b.caseId, title: 'Yarın', dueOn: '2026-11-29' });
    await expectSameAnswers(1, 1);

    await call('tasks:setDone', { id: overdue.id, version: overdue.version, done: true });
    await expectSameAnswers(0, 0);
    await call('tasks:setDone', { id: overdue.id, version: overdue.version + 1, done: false });
    await expectSameAnswers(1, 1);

    // Two days later Bilal's task of "tomorrow" is overdue: the stored value is a date, not a flag.
    clock.advance(2 * DAY);
    await expectSameAnswers(2, 2);
    expect(
      (await call('clients:list', { ...all, hasOverdueTask: true, nationality: 'AF' })).rows.map((r) => r.id),
    ).toEqual([b.clientId]);

    // An overdue task on the shared case brings in both of its clients.
    await call('tasks:add', { caseId: shared.id, title: 'Ortak', dueOn: '2026-11-25' });
    await expectSameAnswers(3, 3);

    await expectSamePages();

    await call('cases:trash', { id: shared.id });
    await expectSameAnswers(2, 2);
    await call('cases:restore', { id: shared.id });
    await expectSameAnswers(3, 3);

    // Bilal goes to the trash with his own case; the shared case stays for Cemile.
    await call('clients:trash', { id: b.clientId, withOpenCases: true });
    await expectSameAnswers(2, 2);
    await call('tasks:setDone', { id: tomorrow.id, version: tomorrow.version, done: true });
    await expectSameAnswers(2, 2);
    await call('trash:empty', {});
    await expectSameAnswers(2, 2);
  });
});
