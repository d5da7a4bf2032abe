// Issue 16 step 1: playbooks as data, validated at load, and their progress on a case through the
// router: one click creates the step's task, or its deadline through the engine (explanation kept).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeadlineData } from '../../src-main/services/deadline-data';
import {
  buildPlaybookData,
  PlaybookDataError,
  SHIPPED_PLAYBOOKS,
} from '../../src-main/services/playbooks/playbook-data';
import { CASE_TYPES } from '../../src-main/shared/schemas/deadlines';
import { codeOf } from '../helpers/backend';
import { caseworkVault, expectAuditWithoutText, type CaseworkVault } from './casework/helpers';

const removal = SHIPPED_PLAYBOOKS['removal-appeal.json'] as Record<string, unknown>;
const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(removal)) as Record<string, unknown>;

describe('the shipped playbooks', () => {
  it('validate, each with its legal basis, review date and reviewer role, in Turkish and English', () => {
    const data = buildPlaybookData(SHIPPED_PLAYBOOKS, loadDeadlineData());
    const guided = data.playbooks.flatMap((p) => p.caseTypes);
    // Every case type the issue lists has its playbook.
    for (const type of [
      'removal-appeal',
      'administrative-detention',
      'international-protection',
      'temporary-protection',
      'residence-permit',
      'constitutional-court',
      'ecthr',
    ] as const) {
      expect(guided).toContain(type);
    }
    expect(guided.every((t) => (CASE_TYPES as readonly string[]).includes(t))).toBe(true);
    for (const p of data.playbooks) {
      expect(p.legalBasisTr.length).toBeGreaterThan(20);
      expect(p.legalBasisEn.length).toBeGreaterThan(20);
      expect(p.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.reviewerRoleTr && p.reviewerRoleEn).toBeTruthy();
      expect(p.phases[0]?.phase).toBe('first-48-hours');
    }
  });

  it('refuse a malformed file whole, naming the file and each problem', () => {
    const broken = clone();
    delete broken.legalBasisEn;
    (broken.phases as Array<{ steps: Array<Record<string, unknown>> }>)[0]!.steps[0]!.titleEn = '';
    const run = () => buildPlaybookData({ 'removal-appeal.json': broken }, loadDeadlineData());
    expect(run).toThrow(PlaybookDataError);
    expect(run).toThrow(
      /removal-appeal\.json is invalid \(2 problems\):\n {2}legalBasisEn: .*\n {2}phases\.0\.steps\.0\.titleEn: /,
    );
  });

  it('refuse a deadline step whose rule is unknown, has no period or does not apply to the case type', () => {
    const unknown = clone();
    const steps = (unknown.phases as Array<{ steps: Array<Record<string, unknown>> }>)[0]!.steps;
    steps[1]!.action = { kind: 'deadline', ruleId: 'no-such-rule' };
    steps[2]!.action = { kind: 'deadline', ruleId: 'ecthr-rule39' };
    steps[3]!.action = { kind: 'deadline', ruleId: 'tp-decision' };
    expect(() => buildPlaybookData({ 'removal-appeal.json': unknown }, loadDeadlineData())).toThrow(
      /unknown deadline rule "no-such-rule"[\s\S]*rule "ecthr-rule39" has no period[\s\S]*rule "tp-decision" is not offered for case type "removal-appeal"/,
    );
  });

  it('refuse duplicate step ids, phases out of order, a file named after another id, two playbooks for one type', () => {
    const dup = clone();
    const phases = dup.phases as Array<{ phase: string; steps: Array<Record<string, unknown>> }>;
    phases[1]!.steps[0]!.id = phases[0]!.steps[0]!.id;
    [phases[0], phases[1]] = [phases[1]!, phases[0]!];
    expect(() => buildPlaybookData({ 'removal-appeal.json': dup }, loadDeadlineData())).toThrow(
      /phases must be in order[\s\S]*twice/,
    );
    expect(() => buildPlaybookData({ 'other.json': clone() }, loadDeadlineData())).toThrow(
      /must be named removal-appeal\.json/,
    );
    const second = { ...clone(), id: 'second' };
    expect(() =>
      buildPlaybookData({ 'removal-appeal.json': clone(), 'second.json': second }, loadDeadlineData()),
    ).toThrow(/case type "removal-appeal" is already guided by removal-appeal\.json/);
  });
});

describe('playbook progress on a case', () => {
  let v: CaseworkVault;
  beforeEach(async () => {
    v = await caseworkVault();
  });
  afterEach(async () => {
    await v.dispose();
  });

  it("shows the case type's playbook, next open step first, and creates a step's task in one click", async () => {
    const view = await v.call('playbooks:forCase', { caseId: v.caseId });
    expect(view.playbook?.id).toBe('removal-appeal');
    expect(view.hidden).toBe(false);
    expect(view.nextStepId).toBe('get-decision');
    expect(view.steps[0]).toMatchObject({ phase: 'first-48-hours', state: 'open', taskId: null });

    const acted = await v.call('playbooks:act', { caseId: v.caseId, stepId: 'get-decision' });
    expect(acted.taskId).toBeTruthy();
    const timeline = await v.call('timeline:list', { caseId: v.caseId });
    expect(JSON.stringify(timeline)).toContain('Kararı ve tebliğ belgesini edinin');
    const after = await v.call('playbooks:forCase', { caseId: v.caseId });
    expect(after.steps[0]).toMatchObject({ state: 'done', taskId: acted.taskId });
    expect(after.nextStepId).toBe('compute-deadline');
  });

  it("creates a deadline step's deadline through the engine, from the case's notification or a given date", async () => {
    const missing = await v.invoke('playbooks:act', { caseId: v.caseId, stepId: 'compute-deadline' });
    expect(missing.ok ? [] : missing.error.details).toEqual(['start:playbook.startRequired']);

    await v.call('notifications:add', {
      caseId: v.caseId,
      subject: 'Sınır dışı etme kararı',
      recipient: 'client',
      method: 'hand',
      servedOn: '2027-05-10',
    });
    const acted = await v.call('playbooks:act', { caseId: v.caseId, stepId: 'compute-deadline' });
    const deadlines = (await v.call('deadlines:list', { caseId: v.caseId })).deadlines;
    const made = deadlines.find((d) => d.id === acted.deadlineId);
    // 7 days from 10 May 2027 end on 17 May, inside Kurban Bayramı (16–19 May 2027): the engine
    // moves it to Thursday 20 May, and its explanation is kept.
    expect(made).toMatchObject({
      ruleId: 'removal-appeal',
      dueOn: '2027-05-20',
      start: { kind: 'notification', date: '2027-05-10' },
    });
    expect(made?.explanation?.steps.tr.length).toBeGreaterThan(0);

    // A second click links the live deadline instead of adding another.
    await v.call('playbooks:setStep', { caseId: v.caseId, stepId: 'compute-deadline', state: 'open' });
    const again = await v.call('playbooks:act', { caseId: v.caseId, stepId: 'compute-deadline' });
    expect(again.deadlineId).toBe(acted.deadlineId);
    expect(
      (await v.call('deadlines:list', { caseId: v.caseId })).deadlines.filter((d) => d.ruleId === 'removal-appeal'),
    ).toHaveLength(1);

    // A rule counted from a judgment never guesses its start from the case's notification.
    const aym = await v.invoke('playbooks:act', { caseId: v.caseId, stepId: 'aym-application' });
    expect(aym.ok ? [] : aym.error.details).toEqual(['start:playbook.startRequired']);
    const given = await v.call('playbooks:act', {
      caseId: v.caseId,
      stepId: 'aym-application',
      start: { kind: 'notification', date: '2027-05-11' },
    });
    expect(given.deadlineId).toBeTruthy();
  });

  it('skips, reopens and hides; refuses an unknown step, a step without action and a case without playbook', async () => {
    await v.call('playbooks:setStep', { caseId: v.caseId, stepId: 'get-decision', state: 'skipped' });
    await v.call('playbooks:setHidden', { caseId: v.caseId, hidden: true });
    let view = await v.call('playbooks:forCase', { caseId: v.caseId });
    expect(view.hidden).toBe(true);
    expect(view.steps[0]?.state).toBe('skipped');
    expect(view.nextStepId).toBe('compute-deadline');
    await v.call('playbooks:setStep', { caseId: v.caseId, stepId: 'get-decision', state: 'open' });
    view = await v.call('playbooks:forCase', { caseId: v.caseId });
    expect(view.nextStepId).toBe('get-decision');

    const unknown = await v.invoke('playbooks:act', { caseId: v.caseId, stepId: 'no-such-step' });
    expect(unknown.ok ? [] : unknown.error.details).toEqual(['stepId:playbook.unknownStep']);
    const other = await v.call('cases:createForClient', {
      clientId: v.clientId,
      case: { type: 'citizenship', status: 'active', openedOn: '2027-05-12' },
    });
    const none = await v.call('playbooks:forCase', { caseId: other.caseId });
    expect(none).toMatchObject({ playbook: null, steps: [], nextStepId: null });
    expect(codeOf(await v.invoke('playbooks:act', { caseId: other.caseId, stepId: 'get-decision' }))).toBe(
      'VALIDATION',
    );
    expect(codeOf(await v.invoke('playbooks:forCase', { caseId: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
    await expectAuditWithoutText(v, 'Kararı');
  });

  it('lists the playbooks with their review date', async () => {
    const { playbooks } = await v.call('playbooks:list', {});
    expect(playbooks.map((p) => p.id)).toContain('ecthr');
    expect(playbooks.every((p) => p.steps > 0 && /^\d{4}-/.test(p.reviewedOn))).toBe(true);
  });
});

describe('the glossary', () => {
  it('lists the terms the issue names in plain Turkish and English, and refuses a malformed file', async () => {
    const { loadGlossary } = await import('../../src-main/services/playbooks/glossary');
    const ids = loadGlossary().terms.map((t) => t.id);
    for (const id of ['tebligat', 'idari-gozetim', 'geri-gonderme-merkezi', 'yurutmeyi-durdurma', 'kesin-sure', 'uyap'])
      expect(ids).toContain(id);
    expect(() => loadGlossary({ format: 'emanet-glossary', version: 1, terms: [{ id: 'x', termTr: 'X' }] })).toThrow(
      /plainTr/,
    );
  });
});
