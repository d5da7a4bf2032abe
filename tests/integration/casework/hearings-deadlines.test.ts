// Issue 14 step 2: hearings postponed (history kept) and decided, an interim decision's kesin süre
// created by the deadline engine in the same step; deadlines done with a note, reopened, edited
// with their computation kept as history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from '../../helpers/backend';
import { auditOf, caseworkVault, expectAuditWithoutText, type CaseworkVault } from './helpers';

describe('hearings and deadlines after they are scheduled', () => {
  let v: CaseworkVault;
  beforeEach(async () => {
    v = await caseworkVault();
  });
  afterEach(async () => {
    await v.dispose();
  });

  it('postpones a hearing to a new date with the reason, keeping every earlier date', async () => {
    const { caseId } = v;
    const h = await v.call('hearings:add', {
      caseId,
      kind: 'hearing',
      court: 'İstanbul 3. İdare Mahkemesi',
      startsAt: '2027-05-20T10:30',
    });
    const first = await v.call('hearings:postpone', {
      id: h.id,
      version: 1,
      startsAt: '2027-06-03T11:00',
      reason: 'Tercüman gelmedi',
    });
    await v.call('hearings:postpone', {
      id: h.id,
      version: first.version,
      startsAt: '2027-06-17T09:30',
      reason: 'Bilirkişi raporu bekleniyor',
    });
    const [hearing] = (await v.call('hearings:list', { caseId })).hearings;
    expect(hearing).toMatchObject({ startsAt: '2027-06-17T09:30', version: 3, doneAt: null });
    const [details] = (await v.call('hearings:details', { caseId })).hearings;
    expect(details?.postponements.map((p) => [p.fromStartsAt, p.toStartsAt, p.reason])).toEqual([
      ['2027-05-20T10:30', '2027-06-03T11:00', 'Tercüman gelmedi'],
      ['2027-06-03T11:00', '2027-06-17T09:30', 'Bilirkişi raporu bekleniyor'],
    ]);
    // The agenda shows the new date only.
    const agenda = await v.call('agenda:get', { days: 60 });
    expect(agenda.items.filter((i) => i.id === h.id).map((i) => [i.date, i.time])).toEqual([['2027-06-17', '09:30']]);

    const stale = await v.invoke('hearings:postpone', {
      id: h.id,
      version: 1,
      startsAt: '2027-07-01T10:00',
      reason: 'x',
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const same = await v.invoke('hearings:postpone', {
      id: h.id,
      version: 3,
      startsAt: '2027-06-17T09:30',
      reason: 'x',
    });
    expect(same.ok ? [] : same.error.details).toEqual(['startsAt:hearing.sameDate']);
    const noReason = await v.invoke('hearings:postpone', {
      id: h.id,
      version: 3,
      startsAt: '2027-07-01T10:00',
      reason: ' ',
    });
    expect(codeOf(noReason)).toBe('VALIDATION');
    expect(await auditOf(v, h.id)).toEqual(['created hearing', 'updated hearing', 'updated hearing']);
    await expectAuditWithoutText(v, 'Tercüman', 'Bilirkişi', 'İstanbul');
  });

  it('an interim decision creates its kesin süre in one step, computed and explained by the engine', async () => {
    const { caseId } = v;
    const h = await v.call('hearings:add', { caseId, kind: 'hearing', startsAt: '2027-05-11T10:00' });
    const outcome = await v.call('hearings:setOutcome', {
      id: h.id,
      version: 1,
      outcome: 'interim-decision',
      note: 'Nüfus kaydı istendi',
      deadline: { days: 30, title: 'Ara karar: nüfus kaydının sunulması' },
    });
    expect(outcome.deadlineId).toEqual(expect.any(String));
    const [deadline] = (await v.call('deadlines:list', { caseId })).deadlines;
    expect(deadline).toMatchObject({
      id: outcome.deadlineId,
      title: 'Ara karar: nüfus kaydının sunulması',
      start: { kind: 'notification', date: '2027-05-11' },
      dueOn: '2027-06-10',
      computedDue: '2027-06-10',
      overrideReason: null,
      confidence: 'L',
    });
    expect(deadline?.explanation?.steps.tr.join(' ')).toMatch(/11\.05\.2027/);
    expect(deadline?.explanation?.legalBasis.tr).toMatch(/İYUK m\. 8/);
    expect((await v.call('hearings:list', { caseId })).hearings[0]?.doneAt).toEqual(expect.any(String));
    expect((await v.call('hearings:details', { caseId })).hearings[0]).toMatchObject({
      outcome: 'interim-decision',
      outcomeNote: 'Nüfus kaydı istendi',
      outcomeDeadlineId: outcome.deadlineId,
    });
    // It is on the agenda like any deadline, under its title.
    const agenda = await v.call('agenda:get', { days: 60 });
    expect(agenda.items.find((i) => i.id === outcome.deadlineId && i.kind === 'deadline')).toMatchObject({
      date: '2027-06-10',
    });

    // A period served later counts from the service; a last day on a Sunday moves to Monday.
    const h2 = await v.call('hearings:add', { caseId, kind: 'hearing', startsAt: '2027-05-04T10:00' });
    const served = await v.call('hearings:setOutcome', {
      id: h2.id,
      version: 1,
      outcome: 'interim-decision',
      deadline: { days: 15, title: 'Ara karar cevabı', start: { kind: 'notification', date: '2027-05-08' } },
    });
    const second = (await v.call('deadlines:list', { caseId })).deadlines.find((d) => d.id === served.deadlineId);
    expect(second?.dueOn).toBe('2027-05-24');

    // A decision does not set a kesin süre; a future start is refused and nothing is saved.
    const h3 = await v.call('hearings:add', { caseId, kind: 'hearing', startsAt: '2027-05-10T10:00' });
    const wrong = await v.invoke('hearings:setOutcome', {
      id: h3.id,
      version: 1,
      outcome: 'decision',
      deadline: { days: 7, title: 'x' },
    });
    expect(wrong.ok ? [] : wrong.error.details).toEqual(['deadline:hearing.deadlineOnlyForInterim']);
    const future = await v.invoke('hearings:setOutcome', {
      id: h3.id,
      version: 1,
      outcome: 'interim-decision',
      deadline: { days: 7, title: 'x', start: { kind: 'notification', date: '2027-05-20' } },
    });
    expect(future.ok ? [] : future.error.details).toEqual(['deadline.start.date:date.inFuture']);
    expect((await v.call('deadlines:list', { caseId })).deadlines).toHaveLength(2);
    await v.call('hearings:setOutcome', { id: h3.id, version: 1, outcome: 'decision', note: 'Red' });
    expect((await v.call('hearings:details', { caseId })).hearings.find((x) => x.id === h3.id)).toMatchObject({
      outcome: 'decision',
      outcomeDeadlineId: null,
    });
    expect(await auditOf(v, outcome.deadlineId!)).toEqual(['created deadline']);
    await expectAuditWithoutText(v, 'Nüfus', 'Ara karar', 'Red');
  });

  it('a deadline is done with a note and reopened; an edit recomputes and keeps the earlier computation', async () => {
    const { caseId } = v;
    const d = await v.call('deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-03' },
    });
    const done = await v.call('deadlines:complete', { id: d.id, version: 1, note: 'Dava açıldı, esas 2027/481' });
    expect((await v.call('deadlines:details', { caseId })).deadlines).toEqual([
      { id: d.id, doneNote: 'Dava açıldı, esas 2027/481', revisions: [] },
    ]);
    expect((await v.call('deadlines:list', { caseId })).deadlines[0]?.doneAt).toEqual(expect.any(String));
    const agendaDone = await v.call('agenda:get', { days: 30 });
    expect(agendaDone.items.some((i) => i.id === d.id)).toBe(false);
    const reopened = await v.call('deadlines:reopen', { id: d.id, version: done.version });
    expect((await v.call('deadlines:list', { caseId })).deadlines[0]).toMatchObject({
      doneAt: null,
      version: reopened.version,
    });
    expect((await v.call('deadlines:details', { caseId })).deadlines[0]?.doneNote).toBeNull();

    const before = (await v.call('deadlines:list', { caseId })).deadlines[0]!;
    // The notification date was mistyped: recomputed from the right one.
    const edited = await v.call('deadlines:update', {
      id: d.id,
      version: reopened.version,
      start: { kind: 'notification', date: '2027-05-06' },
    });
    const after = (await v.call('deadlines:list', { caseId })).deadlines[0]!;
    expect(after).toMatchObject({ version: edited.version, start: { kind: 'notification', date: '2027-05-06' } });
    expect(after.dueOn > before.dueOn).toBe(true);
    expect(after.computedDue).toBe(after.dueOn);
    const [details] = (await v.call('deadlines:details', { caseId })).deadlines;
    expect(details?.revisions).toHaveLength(1);
    expect(details?.revisions[0]).toMatchObject({
      dueOn: before.dueOn,
      computedDue: before.computedDue,
      ruleId: 'removal-appeal',
    });
    expect(details?.revisions[0]?.computation).toEqual(before.explanation);

    // A date other than the computed one needs a reason.
    const noReason = await v.invoke('deadlines:update', { id: d.id, version: edited.version, dueOn: '2027-05-12' });
    expect(noReason.ok ? [] : noReason.error.details).toEqual(['reason:deadline.reasonRequired']);
    const overridden = await v.call('deadlines:update', {
      id: d.id,
      version: edited.version,
      dueOn: '2027-05-12',
      reason: 'Mahkeme kalemi teyit etti',
    });
    expect((await v.call('deadlines:list', { caseId })).deadlines[0]).toMatchObject({
      dueOn: '2027-05-12',
      overrideReason: 'Mahkeme kalemi teyit etti',
      version: overridden.version,
    });
    expect((await v.call('deadlines:details', { caseId })).deadlines[0]?.revisions).toHaveLength(2);
    const stale = await v.invoke('deadlines:update', { id: d.id, version: 1, title: 'x' });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(await auditOf(v, d.id)).toEqual([
      'created deadline',
      'updated deadline',
      'updated deadline',
      'updated deadline',
      'updated deadline',
    ]);
    await expectAuditWithoutText(v, 'Dava açıldı', '2027/481', 'kalemi');
  });
});
