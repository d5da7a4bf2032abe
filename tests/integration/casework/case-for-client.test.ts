// Issue 14 step 4: "New case for this client" — a second case on an existing client instead of a
// duplicate client, with its first deadline, as the client page and the conflict panel open it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from '../../helpers/backend';
import { auditOf, caseworkVault, expectAuditWithoutText, type CaseworkVault } from './helpers';

describe('a new case for an existing client', () => {
  let v: CaseworkVault;
  beforeEach(async () => {
    v = await caseworkVault();
  });
  afterEach(async () => {
    await v.dispose();
  });

  it('opens the case on the client (no new client), with the first deadline previewed at intake', async () => {
    const created = await v.call('cases:createForClient', {
      clientId: v.clientId,
      case: {
        type: 'international-protection',
        status: 'active',
        openedOn: '2027-05-12',
        title: 'Uluslararası koruma',
      },
      firstDeadline: {
        ruleId: 'removal-appeal',
        start: { kind: 'e-notification', deliveredOn: '2027-05-05' },
      },
    });
    expect((await v.call('clients:list', {})).total).toBe(1);
    const client = await v.call('clients:get', { id: v.clientId });
    expect(client.cases.map((c) => c.id).sort()).toEqual([v.caseId, created.caseId].sort());
    expect((await v.call('cases:get', { id: created.caseId })).clients.map((c) => c.id)).toEqual([v.clientId]);
    expect((await v.call('deadlines:list', { caseId: created.caseId })).deadlines).toMatchObject([
      {
        id: created.deadlineId,
        ruleId: 'removal-appeal',
        start: { kind: 'e-notification', deliveredOn: '2027-05-05' },
      },
    ]);
    expect(await auditOf(v, created.caseId)).toEqual(['created case']);
    await expectAuditWithoutText(v, 'Uluslararası');
  });

  it('refuses an unknown or trashed client, a future notification and an unknown rule, creating nothing', async () => {
    const unknown = await v.invoke('cases:createForClient', {
      clientId: '00000000-0000-4000-8000-000000000000',
      case: { type: 'other', status: 'active', openedOn: '2027-05-12' },
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const future = await v.invoke('cases:createForClient', {
      clientId: v.clientId,
      case: { type: 'removal-appeal', status: 'active', openedOn: '2027-05-12' },
      firstDeadline: { ruleId: 'removal-appeal', start: { kind: 'notification', date: '2027-05-20' } },
    });
    expect(future.ok ? [] : future.error.details).toEqual(['firstDeadline.start.date:date.inFuture']);
    const badRule = await v.invoke('cases:createForClient', {
      clientId: v.clientId,
      case: { type: 'removal-appeal', status: 'active', openedOn: '2027-05-12' },
      firstDeadline: { ruleId: 'no-such-rule', start: { kind: 'notification', date: '2027-05-10' } },
    });
    expect(codeOf(badRule)).toBe('VALIDATION');
    expect((await v.call('clients:get', { id: v.clientId })).cases).toHaveLength(1);
    await v.call('clients:trash', { id: v.clientId, withOpenCases: true });
    const trashed = await v.invoke('cases:createForClient', {
      clientId: v.clientId,
      case: { type: 'other', status: 'active', openedOn: '2027-05-12' },
    });
    expect(codeOf(trashed)).toBe('NOT_FOUND');
  });
});
