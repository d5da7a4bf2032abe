// Issue 14: the casework commands a script needs, in-process through the CliIo seam.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCaseworkCommand } from '../../../src-main/cli/casework-commands';
import { capturingIo, cli } from '../../helpers/cli';
import { STRONG_PASSPHRASE } from '../../helpers/temp-vault';
import { caseworkVault, type CaseworkVault } from './helpers';

const pass = { EMANET_PASSPHRASE: STRONG_PASSPHRASE };

describe('casework CLI', () => {
  let v: CaseworkVault;
  let vaultDir: string;
  beforeEach(async () => {
    v = await caseworkVault();
    vaultDir = v.dir;
  });
  afterEach(async () => {
    await v.dispose();
  });

  /**
   * Runs a command against the test vault (the app's backend locked meanwhile), on the test's
   * frozen day: `runCaseworkCommand` is what `runCli` hands these commands to.
   */
  async function run(...args: string[]) {
    await v.backend.lock('user');
    const { io, printed } = capturingIo({ EMANET_LANG: 'en', ...pass });
    const result = printed(await runCaseworkCommand([...args, '--vault', vaultDir, '--json'], io, v.clock));
    await v.call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    return { ...result, doc: result.stdout ? (JSON.parse(result.stdout) as Record<string, unknown>) : null };
  }

  it('case add --client opens a second case on the existing client, with its first deadline', async () => {
    const added = await run(
      'case',
      'add',
      '--client',
      v.clientId,
      '--type',
      'residence-permit',
      '--opened',
      '2027-05-12',
      '--rule',
      'residence-permit',
      '--notified',
      '2027-05-10',
    );
    expect(added.code, added.stderr).toBe(0);
    const caseId = added.doc?.caseId as string;
    const client = await v.call('clients:get', { id: v.clientId });
    expect(client.cases.map((c) => c.id).sort()).toEqual([v.caseId, caseId].sort());
    expect((await v.call('deadlines:list', { caseId })).deadlines).toMatchObject([
      { id: added.doc?.deadlineId, ruleId: 'residence-permit' },
    ]);
    expect((await v.call('clients:list', {})).total).toBe(1);

    const unknown = await run('case', 'add', '--client', '00000000-0000-4000-8000-000000000000', '--type', 'other');
    expect(unknown.code).toBe(1);
    expect(unknown.doc).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const badType = await run('case', 'add', '--client', v.clientId, '--type', 'no-such-type');
    expect(badType.code).toBe(4);
    const usage = await cli(['case', 'add', '--vault', vaultDir, '--client', v.clientId], pass);
    expect(usage.code).toBe(2);
  });

  it('hearing postpone and task done act on the current version; the history is kept', async () => {
    const hearing = await v.call('hearings:add', { caseId: v.caseId, kind: 'hearing', startsAt: '2027-05-20T10:30' });
    const postponed = await run(
      'hearing',
      'postpone',
      '--id',
      hearing.id,
      '--to',
      '2027-06-24T09:00',
      '--reason',
      'Tercüman gelmedi',
    );
    expect(postponed.code, postponed.stderr).toBe(0);
    expect((await v.call('hearings:list', { caseId: v.caseId })).hearings[0]).toMatchObject({
      startsAt: '2027-06-24T09:00',
      version: 2,
    });
    expect((await v.call('hearings:details', { caseId: v.caseId })).hearings[0]?.postponements).toEqual([
      {
        fromStartsAt: '2027-05-20T10:30',
        toStartsAt: '2027-06-24T09:00',
        reason: 'Tercüman gelmedi',
        at: expect.any(String),
      },
    ]);
    const badDate = await run('hearing', 'postpone', '--id', hearing.id, '--to', '24.06.2027', '--reason', 'x');
    expect(badDate.code).toBe(4);

    const task = await v.call('tasks:add', { caseId: v.caseId, title: 'Dilekçe yaz' });
    const done = await run('task', 'done', '--id', task.id);
    expect(done.code, done.stderr).toBe(0);
    const item = (await v.call('timeline:list', { caseId: v.caseId })).items.find((i) => i.id === task.id);
    expect(item).toMatchObject({ doneAt: expect.any(String) });
    expect((await run('task', 'done', '--id', '00000000-0000-4000-8000-000000000000')).code).toBe(1);
  });

  it('poa, notification and stay: add and list', async () => {
    const poa = await run(
      'poa',
      'add',
      '--case',
      v.caseId,
      '--granted',
      '2027-05-10',
      '--notary',
      'Beyoğlu 3. Noterliği',
      '--journal-number',
      '778',
    );
    expect(poa.code, poa.stderr).toBe(0);
    expect((await run('poa', 'list', '--case', v.caseId)).doc).toMatchObject({
      missing: false,
      records: [{ id: poa.doc?.id, journalNumber: '778' }],
    });
    const n = await run(
      'notification',
      'add',
      '--case',
      v.caseId,
      '--subject',
      'Karar',
      '--recipient',
      'lawyer',
      '--method',
      'e-notification',
      '--delivered',
      '2027-05-03',
      '--rule',
      'removal-appeal',
    );
    expect(n.code, n.stderr).toBe(0);
    expect(n.doc?.deadlineId).toEqual(expect.any(String));
    expect((await run('notification', 'list', '--case', v.caseId)).doc).toMatchObject({
      notifications: [{ id: n.doc?.id, method: 'e-notification' }],
    });
    const noDate = await run(
      'notification',
      'add',
      '--case',
      v.caseId,
      '--subject',
      'Karar',
      '--recipient',
      'lawyer',
      '--method',
      'post',
    );
    expect(noDate.code).toBe(4);
    const stay = await run('stay', 'add', '--case', v.caseId, '--requested', '2027-05-04');
    expect(stay.code, stay.stderr).toBe(0);
    expect((await run('stay', 'list', '--case', v.caseId)).doc).toMatchObject({ stays: [{ decision: 'pending' }] });
  });
});
