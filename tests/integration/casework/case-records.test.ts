// Issue 14: power of attorney, notifications and stay requests on a case, through the router.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from '../../helpers/backend';
import { auditOf, caseworkVault, expectAuditWithoutText, type CaseworkVault } from './helpers';

describe('casework records of a case', () => {
  let v: CaseworkVault;
  beforeEach(async () => {
    v = await caseworkVault();
  });
  afterEach(async () => {
    await v.dispose();
  });

  it('power of attorney: missing opens one task, recording it closes the task; edited with its version', async () => {
    const { caseId } = v;
    expect(await v.call('powerOfAttorney:list', { caseId })).toEqual({ records: [], missing: true, openTaskId: null });
    const { taskId } = await v.call('powerOfAttorney:requestTask', { caseId, title: 'Vekâletname alınacak' });
    expect(taskId).toEqual(expect.any(String));
    // Asked again: no second task.
    expect(await v.call('powerOfAttorney:requestTask', { caseId, title: 'Vekâletname alınacak' })).toEqual({
      taskId: null,
    });
    expect((await v.call('powerOfAttorney:list', { caseId })).openTaskId).toBe(taskId);

    const poa = await v.call('powerOfAttorney:add', {
      caseId,
      record: { grantedOn: '2027-05-10', notary: 'Kadıköy 7. Noterliği', journalNumber: '12345', scope: 'general' },
    });
    const listed = await v.call('powerOfAttorney:list', { caseId });
    expect(listed).toMatchObject({
      missing: false,
      openTaskId: null,
      records: [{ id: poa.id, grantedOn: '2027-05-10', notary: 'Kadıköy 7. Noterliği', journalNumber: '12345' }],
    });
    const task = (await v.call('timeline:list', { caseId })).items.find((i) => i.id === taskId);
    expect(task).toMatchObject({ type: 'task', doneAt: expect.any(String) });
    // Once recorded, no task is asked for.
    expect(await v.call('powerOfAttorney:requestTask', { caseId, title: 'x' })).toEqual({ taskId: null });

    const updated = await v.call('powerOfAttorney:update', {
      id: poa.id,
      version: 1,
      record: {
        grantedOn: '2027-05-10',
        notary: 'Kadıköy 7. Noterliği',
        journalNumber: '12346',
        scope: 'special',
        scopeNote: 'Yalnız bu dava',
      },
    });
    expect(updated.version).toBe(2);
    const stale = await v.invoke('powerOfAttorney:update', {
      id: poa.id,
      version: 1,
      record: { grantedOn: '2027-05-10', scope: 'general' },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const future = await v.invoke('powerOfAttorney:add', {
      caseId,
      record: { grantedOn: '2027-06-01', scope: 'general' },
    });
    expect(future.ok ? [] : future.error.details).toEqual(['record.grantedOn:date.inFuture']);
    const noDoc = await v.invoke('powerOfAttorney:add', {
      caseId,
      record: { grantedOn: '2027-05-10', scope: 'general', documentId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(codeOf(noDoc)).toBe('NOT_FOUND');

    expect(await auditOf(v, poa.id)).toEqual(['created power-of-attorney', 'updated power-of-attorney']);
    expect(await auditOf(v, taskId!)).toEqual(['created task', 'updated task']);
    await expectAuditWithoutText(v, 'Kadıköy', '12345', 'Yalnız');
  });

  it('a notification served electronically starts its deadline in the same step, counted from the opening', async () => {
    const { caseId } = v;
    const n = await v.call('notifications:add', {
      caseId,
      subject: 'Sınır dışı etme kararı',
      recipient: 'lawyer',
      method: 'e-notification',
      deliveredOn: '2027-05-03',
      openedOn: '2027-05-04',
      deadline: { ruleId: 'removal-appeal' },
    });
    expect(n.deadlineId).toEqual(expect.any(String));
    const [deadline] = (await v.call('deadlines:list', { caseId })).deadlines;
    expect(deadline).toMatchObject({
      id: n.deadlineId,
      ruleId: 'removal-appeal',
      start: { kind: 'e-notification', deliveredOn: '2027-05-03', openedOn: '2027-05-04' },
    });
    expect(deadline?.dueOn).toBe('2027-05-11');
    expect((await v.call('notifications:list', { caseId })).notifications).toEqual([
      {
        id: n.id,
        version: 1,
        caseId,
        subject: 'Sınır dışı etme kararı',
        recipient: 'lawyer',
        recipientNote: null,
        method: 'e-notification',
        servedOn: null,
        deliveredOn: '2027-05-03',
        openedOn: '2027-05-04',
        deadlineId: n.deadlineId,
      },
    ]);

    // By hand: the service date; the e-notification dates are refused with it.
    const byHand = await v.call('notifications:add', {
      caseId,
      subject: 'Ara karar',
      recipient: 'client',
      method: 'hand',
      servedOn: '2027-05-11',
    });
    expect(byHand.deadlineId).toBeNull();
    const mixed = await v.invoke('notifications:add', {
      caseId,
      subject: 'x',
      recipient: 'client',
      method: 'post',
      servedOn: '2027-05-11',
      deliveredOn: '2027-05-11',
    });
    expect(mixed.ok ? [] : mixed.error.details).toEqual(['deliveredOn:notification.eDatesOnlyForE']);
    const missing = await v.invoke('notifications:add', {
      caseId,
      subject: 'x',
      recipient: 'client',
      method: 'e-notification',
    });
    expect(missing.ok ? [] : missing.error.details).toEqual(['deliveredOn:notification.deliveredRequired']);
    const future = await v.invoke('notifications:add', {
      caseId,
      subject: 'x',
      recipient: 'client',
      method: 'post',
      servedOn: '2027-05-13',
    });
    expect(future.ok ? [] : future.error.details).toEqual(['servedOn:date.inFuture']);
    const badRule = await v.invoke('notifications:add', {
      caseId,
      subject: 'x',
      recipient: 'client',
      method: 'post',
      servedOn: '2027-05-11',
      deadline: { ruleId: 'no-such-rule' },
    });
    expect(codeOf(badRule)).toBe('VALIDATION');
    // A refused deadline leaves no notification behind.
    expect((await v.call('notifications:list', { caseId })).notifications).toHaveLength(2);

    const edited = await v.call('notifications:update', {
      id: byHand.id,
      version: 1,
      subject: 'Ara karar (düzeltildi)',
      recipient: 'client',
      method: 'post',
      servedOn: '2027-05-10',
      deadlineId: n.deadlineId!,
    });
    expect(edited.version).toBe(2);
    expect(
      (await v.call('notifications:list', { caseId })).notifications.find((x) => x.id === byHand.id),
    ).toMatchObject({ method: 'post', servedOn: '2027-05-10', deadlineId: n.deadlineId });
    expect(await auditOf(v, n.id)).toEqual(['created notification']);
    expect(await auditOf(v, byHand.id)).toEqual(['created notification', 'updated notification']);
    await expectAuditWithoutText(v, 'Sınır', 'Ara karar');
  });

  it('stay of execution: requested, then decided; a decision date without a decision is refused', async () => {
    const { caseId } = v;
    const stay = await v.call('stays:add', { caseId, stay: { requestedOn: '2027-05-05' } });
    expect((await v.call('stays:list', { caseId })).stays).toEqual([
      { id: stay.id, version: 1, caseId, requestedOn: '2027-05-05', decision: 'pending', decidedOn: null, note: null },
    ]);
    await v.call('stays:update', {
      id: stay.id,
      version: 1,
      stay: { requestedOn: '2027-05-05', decision: 'granted', decidedOn: '2027-05-09', note: 'Teminatsız' },
    });
    expect((await v.call('stays:list', { caseId })).stays[0]).toMatchObject({
      decision: 'granted',
      decidedOn: '2027-05-09',
    });
    const bad = await v.invoke('stays:add', { caseId, stay: { requestedOn: '2027-05-05', decidedOn: '2027-05-06' } });
    expect(bad.ok ? [] : bad.error.details).toEqual(['stay.decidedOn:stay.decidedOnWithoutDecision']);
    const before = await v.invoke('stays:add', {
      caseId,
      stay: { requestedOn: '2027-05-05', decision: 'rejected', decidedOn: '2027-05-01' },
    });
    expect(before.ok ? [] : before.error.details).toEqual(['stay.decidedOn:stay.decidedBeforeRequested']);
    expect(codeOf(await v.invoke('stays:list', { caseId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await auditOf(v, stay.id)).toEqual(['created stay-request', 'updated stay-request']);
    await expectAuditWithoutText(v, 'Teminatsız');
  });
});
