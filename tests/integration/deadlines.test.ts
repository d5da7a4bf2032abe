import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src-main/backend';
import { fakeClock } from '../../src-main/services/clock';
import { channelsOf, testBackend } from '../helpers/backend';
import { makeTempDir, STRONG_PASSPHRASE } from '../helpers/temp-vault';
/** Local wall-clock time as the machine sees it, so reminders' 09:00 is 09:00 here. */
const local = (iso: string) => new Date(iso).getTime();

describe('deadlines, hearings, agenda and reminders on a real vault', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let backend: Backend;
  let clock: ReturnType<typeof fakeClock>;
  let shown: string[];
  let caseId: string;

  const { call, invoke } = channelsOf(() => backend);

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    clock = fakeClock(local('2027-05-12T10:00:00'));
    shown = [];
    backend = testBackend({
      vaultDir: dir,
      clock,
      notifier: { show: (n) => shown.push(n.body) },
    });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
    ({ caseId } = await call('intake:create', {
      client: { givenName: 'Abdullah', familyName: 'Rahimi', nationality: 'AF' },
      case: {
        type: 'removal-appeal',
        status: 'active',
        openedOn: '2027-05-12',
        fileNumbers: [{ kind: 'esas', value: '2027/481' }],
      },
    }));
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
  });

  it('quick intake with the notification date creates the first deadline, the shortest rule when several apply', async () => {
    const r = await call('intake:create', {
      client: { givenName: 'Reza', familyName: 'Ahmadi', nationality: 'IR' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2027-05-12' },
      decisionNotifiedOn: '2027-05-12',
    });
    expect((await call('deadlines:list', { caseId: r.caseId })).deadlines).toMatchObject([
      { id: r.deadlineId, ruleId: 'removal-appeal', dueOn: '2027-05-20' },
    ]);
    const ip = await call('intake:create', {
      client: { givenName: 'Leila', familyName: 'Karimi', nationality: 'IR' },
      case: { type: 'international-protection', status: 'active', openedOn: '2027-05-12' },
      decisionNotifiedOn: '2027-05-11',
    });
    const [d] = (await call('deadlines:list', { caseId: ip.caseId })).deadlines;
    const shortest = (await call('deadlines:rules', { caseType: 'international-protection' })).rules
      .filter((x) => x.period && x.startsFrom === 'notification')
      .sort((a, b) => (a.period?.amount ?? 0) - (b.period?.amount ?? 0))[0];
    expect(d?.ruleId).toBe(shortest?.id);
    const future = await invoke('intake:create', {
      client: { givenName: 'X' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2027-05-12' },
      decisionNotifiedOn: '2027-06-01',
    });
    expect(future.ok ? [] : future.error.details).toEqual(['decisionNotifiedOn:date.inFuture']);
  });

  it('lists the rules for a case type and previews a removal appeal with its explanation', async () => {
    const rules = (await call('deadlines:rules', { caseType: 'removal-appeal' })).rules;
    expect(rules.map((r) => r.id)).toContain('removal-appeal');
    const preview = await call('deadlines:preview', {
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-12' },
    });
    expect(preview.due).toBe('2027-05-20');
    expect(preview.confidence).toBe('S');
    expect(preview.legalBasis.en).toMatch(/53/);
    expect(preview.steps.en.join('; ')).toMatch(/19\.05\.2027.*holiday/);
    expect(preview.steps.tr.join('; ')).toMatch(/20\.05\.2027 Perşembe/);
  });

  it('saves a computed deadline with its explanation; an override or a manual date needs a reason', async () => {
    const start = { kind: 'notification' as const, date: '2027-05-12' };
    const saved = await call('deadlines:add', { caseId, ruleId: 'removal-appeal', start });
    const [d] = (await call('deadlines:list', { caseId })).deadlines;
    expect(d).toMatchObject({ id: saved.id, dueOn: '2027-05-20', computedDue: '2027-05-20', confidence: 'S', start });
    expect(d?.explanation?.steps.en.length).toBeGreaterThan(2);

    const override = await invoke('deadlines:add', { caseId, ruleId: 'removal-appeal', start, dueOn: '2027-05-19' });
    expect(override.ok ? [] : override.error.details).toEqual(['reason:deadline.reasonRequired']);
    const manual = await invoke('deadlines:add', { caseId, title: 'Savunma dilekçesi', dueOn: '2027-06-01' });
    expect(manual.ok ? [] : manual.error.details).toEqual(['reason:deadline.reasonRequired']);
    await call('deadlines:add', {
      caseId,
      title: 'Savunma dilekçesi',
      dueOn: '2027-06-01',
      reason: 'Mahkemenin ara kararı',
    });
    const unknown = await invoke('deadlines:add', { caseId, ruleId: 'no-such-rule', start });
    expect(unknown.ok ? [] : unknown.error.details).toEqual(['ruleId:deadline.unknownRule']);
    const bad = await invoke('deadlines:preview', {
      ruleId: 'ip-court-regular',
      start: { kind: 'e-notification', deliveredOn: '2027-05-10', openedOn: '2027-05-01' },
    });
    expect(bad.ok ? 'OK' : bad.error.code).toBe('VALIDATION');
  });

  it('an agenda hearing carries its court, hall and own file number (the printed hearing list)', async () => {
    await call('hearings:add', {
      caseId,
      kind: 'hearing',
      court: 'Ankara 2. İdare Mahkemesi',
      startsAt: '2027-05-13T10:00',
      hall: '4. salon',
      fileNumber: '2027/999 E.',
    });
    const [hearing] = (await call('agenda:get', { days: 7 })).items.filter((i) => i.kind === 'hearing');
    expect(hearing?.hearing).toEqual({
      court: 'Ankara 2. İdare Mahkemesi',
      hall: '4. salon',
      fileNumber: '2027/999 E.',
    });
  });

  it('the agenda groups overdue, today, this week and later, and drops done items', async () => {
    const { id: soon } = await call('deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-12' },
    });
    await call('hearings:add', {
      caseId,
      kind: 'hearing',
      court: 'İstanbul 3. İdare Mahkemesi',
      startsAt: '2027-05-12T14:30',
    });
    await call('tasks:add', { caseId, title: 'Vekâletname', dueOn: '2027-05-10' });
    await call('tasks:add', { caseId, title: 'Tercüman ayarla', dueOn: '2027-05-15' });
    await call('deadlines:add', { caseId, title: 'AYM başvurusu', dueOn: '2027-06-05', reason: 'Kesin karar tebliği' });
    const agenda = await call('agenda:get', { days: 60 });
    expect(agenda.today).toBe('2027-05-12');
    // Each deadline also has its internal target, 2 working days before (the default setting):
    // 20.05 → 13.05 (Kurban Bayramı and 19 May skipped); 05.06 → 03.06.
    expect(agenda.items.map((i) => [i.kind, i.bucket, i.daysLeft])).toEqual([
      ['task', 'overdue', -2],
      ['hearing', 'today', 0],
      ['internal', 'week', 1],
      ['task', 'week', 3],
      ['deadline', 'later', 8],
      ['internal', 'later', 22],
      ['deadline', 'later', 24],
    ]);
    expect(agenda.items[2]).toMatchObject({ legalDue: '2027-05-20', date: '2027-05-13' });
    // For the printed hearing list: the court, and the case's esas number when the hearing has none.
    expect(agenda.items[1]?.hearing).toEqual({
      court: 'İstanbul 3. İdare Mahkemesi',
      hall: null,
      fileNumber: '2027/481',
    });
    expect(agenda.items.filter((i) => i.kind !== 'hearing').every((i) => i.hearing === null)).toBe(true);
    expect(agenda.items[4]).toMatchObject({
      caseId,
      clients: ['Abdullah Rahimi'],
      ruleName: { en: expect.stringMatching(/removal/i) },
    });
    await call('deadlines:setDone', { id: soon, version: 1, done: true });
    expect((await call('agenda:get', { days: 60 })).items.map((i) => i.kind)).toEqual([
      'task',
      'hearing',
      'task',
      'internal',
      'deadline',
    ]);
  });

  it('fires the three default reminders at their instants with neutral text, once each, none when done', async () => {
    await call('deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-12' },
    });
    await call('vault:setLanguage', { language: 'en' });
    const at = async (iso: string) => {
      clock.advance(local(iso) - clock.now());
      return backend.tickReminders();
    };
    expect(await at('2027-05-17T08:59:00')).toBe(0);
    expect(await at('2027-05-17T09:00:00')).toBe(1);
    expect(await at('2027-05-17T12:00:00')).toBe(0);
    expect(await at('2027-05-19T09:00:00')).toBe(1);
    expect(await at('2027-05-20T08:00:00')).toBe(1);
    expect(await at('2027-05-20T18:00:00')).toBe(0);
    expect(shown).toEqual([
      'A deadline is due in 3 days — open Emanet',
      'A deadline is due tomorrow — open Emanet',
      'A deadline is due today — open Emanet',
    ]);
    expect(shown.join(' ')).not.toMatch(/Abdullah|Rahimi|2027\/481/);

    // Opt-in: the court file number, still no name. A completed deadline stays silent.
    await call('settings:update', { reminderShowsCaseNumber: true });
    const { id } = await call('deadlines:add', {
      caseId,
      title: 'Duruşma öncesi dilekçe',
      dueOn: '2027-05-25',
      reason: 'Ara karar',
    });
    expect(await at('2027-05-24T09:00:00')).toBe(1);
    expect(shown.at(-1)).toBe('A deadline is due tomorrow (2027/481) — open Emanet');
    await call('deadlines:setDone', { id, version: 1, done: true });
    expect(await at('2027-05-25T08:00:00')).toBe(0);
  });

  it('after days asleep, only the latest due reminder is sent; nothing while locked', async () => {
    await call('deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-12' },
    });
    await call('vault:lock', {});
    clock.advance(local('2027-05-19T10:00:00') - clock.now());
    expect(await backend.tickReminders()).toBe(0);
    await call('vault:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await backend.tickReminders()).toBe(1);
    expect(shown).toEqual(["Yarın son günü olan bir süre var — Emanet'i açın"]);
  });
});

describe('demo vault through the router', () => {
  it('creates a living demo: fictional clients, cases, an agenda; opens with "demo"; can be discarded', async () => {
    const { dir, cleanup } = await makeTempDir();
    const backend = testBackend({ vaultDir: dir });
    const { call } = channelsOf(() => backend);
    try {
      await call('vault:createDemo', { clients: 30 });
      expect(await call('vault:status', {})).toMatchObject({ exists: true, unlocked: true, demo: true });
      expect((await call('clients:list', {})).total).toBeGreaterThanOrEqual(30);
      expect((await call('agenda:get', { days: 60 })).items.some((i) => i.kind === 'deadline')).toBe(true);
      await call('vault:lock', {});
      await call('vault:unlock', { passphrase: 'demo' });
      await call('vault:discardDemo', {});
      expect(await call('vault:status', {})).toMatchObject({ exists: false, unlocked: false, demo: false });
    } finally {
      await backend.dispose();
      await cleanup();
    }
  });
});
