/**
 * Issue 12 on a real SQLCipher vault: the court's recess as a case property, the internal
 * deadline (iç süre) in the agenda and in reminders, monthly detention reviews created with the
 * detention deadline, istinaf refused for final judgments, intake's first deadline as previewed,
 * and the .ics export (acceptance 4: parsed with ical.js, no client name in it).
 */
import ICAL from 'ical.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src-main/backend';
import { runCli } from '../../src-main/cli/main';
import { fakeClock } from '../../src-main/services/clock';
import { silentLogger } from '../../src-main/services/logger';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-main/shared/contract';
import type { Envelope } from '../../src-main/shared/errors';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';

const ours = { origin: 'app://emanet', trusted: true };
const local = (iso: string) => new Date(iso).getTime();

/** Names and titles that must never reach a calendar file. */
const CLIENT = { givenName: 'Abdullah', familyName: 'Rahimi' };
const CASE_TITLE = 'Rahimi ailesi — gizli dosya başlığı';
const MANUAL_TITLE = 'Abdullah için vekaletname';

describe('issue 12 services on a real vault', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let exportDir: string;
  let cleanupExport: () => Promise<void>;
  let backend: Backend;
  let clock: ReturnType<typeof fakeClock>;
  let shown: string[];
  let caseId: string;

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = (await backend.invoke(channel, input, ours)) as Envelope<ChannelOutput<C>>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${JSON.stringify(r.error.details ?? [])}`);
    return r.value;
  }
  const invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => backend.invoke(channel, input, ours);
  const moveTo = (iso: string) => clock.advance(local(iso) - clock.now());

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir());
    ({ dir: exportDir, cleanup: cleanupExport } = await makeTempDir('emanet-ics-'));
    clock = fakeClock(local('2027-05-03T10:00:00'));
    shown = [];
    backend = createBackend({
      vaultDir: dir,
      allowedOrigins: ['app://emanet'],
      kdf: TEST_KDF,
      clock,
      logger: silentLogger,
      notifier: { show: (n) => shown.push(n.body) },
      saveDialog: (name) => Promise.resolve(join(exportDir, name)),
    });
    await call('vault:create', { passphrase: STRONG_PASSPHRASE });
    ({ caseId } = await call('intake:create', {
      client: { ...CLIENT, nationality: 'AF' },
      case: {
        type: 'removal-appeal',
        title: CASE_TITLE,
        status: 'active',
        openedOn: '2027-05-03',
        court: 'İstanbul 3. İdare Mahkemesi',
        fileNumbers: [{ kind: 'esas', value: '2027/481' }],
      },
    }));
  });
  afterEach(async () => {
    await backend.dispose();
    await cleanup();
    await cleanupExport();
  });

  async function residenceCase(courtRecess?: 'taken' | 'not-taken') {
    const r = await call('intake:create', {
      client: { givenName: 'Leyla', familyName: 'Haddad', nationality: 'SY' },
      case: {
        type: 'residence-permit',
        status: 'active',
        openedOn: '2027-05-03',
        ...(courtRecess ? { courtRecess } : {}),
      },
    });
    return r.caseId;
  }

  it('the recess is a property of the case’s court: taken extends, unknown does not, the dialog may override (İYUK 61(1))', async () => {
    // 60 days from 01.06.2027 end on Saturday 31.07.2027, inside the recess.
    moveTo('2027-06-10T10:00:00');
    const late = { kind: 'notification' as const, date: '2027-06-01' };
    const taken = await residenceCase('taken');
    const unknown = await residenceCase();
    await call('deadlines:add', { caseId: taken, ruleId: 'residence-permit', start: late });
    await call('deadlines:add', { caseId: unknown, ruleId: 'residence-permit', start: late });
    await call('deadlines:add', { caseId: unknown, ruleId: 'residence-permit', start: late, recess: 'taken' });
    const [t] = await call('deadlines:list', { caseId: taken }).then((r) => r.deadlines);
    const u = await call('deadlines:list', { caseId: unknown }).then((r) => r.deadlines);
    expect(t).toMatchObject({ dueOn: '2027-09-07', recess: 'taken' });
    expect(u.map((d) => [d.dueOn, d.recess])).toEqual([
      ['2027-08-02', 'unsure'],
      ['2027-09-07', 'taken'],
    ]);
    expect(u[0]?.explanation?.warningCodes).toContain('recessCourtUnknown');
    expect((await call('cases:get', { id: taken })).case.courtRecess).toBe('taken');
  });

  it('internal deadline: N working days before the legal date (setting, default 2), in the agenda, reminded on', async () => {
    // Removal appeal notified Mon 03.05.2027 → due Mon 10.05.2027; 2 working days before: Thu 06.05.
    const { id } = await call('deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-03' },
    });
    const [d] = (await call('deadlines:list', { caseId })).deadlines;
    expect(d).toMatchObject({ id, dueOn: '2027-05-10', internalDueOn: '2027-05-06', internalWorkingDays: 2 });

    const agenda = await call('agenda:get', { days: 30 });
    const internal = agenda.items.find((i) => i.kind === 'internal');
    expect(internal).toMatchObject({ id, date: '2027-05-06', legalDue: '2027-05-10' });
    expect(agenda.items.find((i) => i.kind === 'deadline')).toMatchObject({ id, date: '2027-05-10' });

    moveTo('2027-05-06T08:05:00');
    expect(await backend.tickReminders()).toBe(1);
    expect(shown.at(-1)).toBe("Bugün bir iç süre doluyor (yasal son gün daha sonra) — Emanet'i açın");

    await call('settings:update', { internalDeadlineWorkingDays: 4 });
    await call('deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-04' },
    });
    await call('deadlines:add', {
      caseId,
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: '2027-05-05' },
      internalWorkingDays: 0,
    });
    const all = (await call('deadlines:list', { caseId })).deadlines;
    // Notified 04.05 → due Tue 11.05; 4 working days before: Wed 05.05. Notified 05.05: none.
    expect(all.map((x) => [x.dueOn, x.internalDueOn])).toEqual([
      ['2027-05-10', '2027-05-06'],
      ['2027-05-11', '2027-05-05'],
      ['2027-05-12', null],
    ]);
  });

  it('monthly reviews of detention (YUKK 57/4) are created with the detention deadline and go with it', async () => {
    const detention = await call('intake:create', {
      client: { givenName: 'Omar', familyName: 'Farah', nationality: 'SO' },
      case: { type: 'administrative-detention', status: 'active', openedOn: '2027-05-03' },
    });
    const { id } = await call('deadlines:add', {
      caseId: detention.caseId,
      ruleId: 'detention-max-removal',
      start: { kind: 'detention', startedOn: '2027-04-20', orderDateOnly: true },
    });
    const [d] = (await call('deadlines:list', { caseId: detention.caseId })).deadlines;
    expect(d?.dueOn).toBe('2027-10-19');
    expect(d?.reviews.map((r) => r.dueOn)).toEqual([
      '2027-05-20',
      '2027-06-20',
      '2027-07-20',
      '2027-08-20',
      '2027-09-20',
    ]);
    expect(d?.explanation?.warningCodes).toContain('detentionOrderDateOnly');

    const agenda = await call('agenda:get', { days: 60 });
    expect(agenda.items.filter((i) => i.kind === 'review').map((i) => [i.date, i.legalDue])).toEqual([
      ['2027-05-20', '2027-10-19'],
      ['2027-06-20', '2027-10-19'],
    ]);

    moveTo('2027-05-20T08:01:00');
    await backend.tickReminders();
    expect(shown).toContain("Bugün idari gözetimin aylık gözden geçirme günü (YUKK m. 57/4) — Emanet'i açın");

    await call('deadlines:remove', { id });
    expect((await call('agenda:get', { days: 60 })).items.filter((i) => i.kind === 'review')).toEqual([]);
  });

  it('istinaf is refused for a removal case and not among its rules; the AYM after a final judgment is (YUKK 53/3)', async () => {
    const refused = await invoke('deadlines:add', {
      caseId,
      ruleId: 'istinaf',
      start: { kind: 'notification', date: '2027-05-03' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: ['ruleId:deadline.unavailableForCaseType'] },
    });
    const { rules, defaultRuleId } = await call('deadlines:rules', { caseType: 'removal-appeal' });
    expect(rules.map((r) => r.id)).not.toContain('istinaf');
    expect(rules.map((r) => r.id)).toContain('aym-final-judgment');
    expect(defaultRuleId).toBe('removal-appeal');
    const all = await call('deadlines:rules', {});
    expect(all.rules.find((r) => r.id === 'istinaf')?.unavailableFor).toContain('removal-appeal');
  });

  it('quick intake saves the first deadline as previewed: e-notification with delivery and opening dates', async () => {
    const preview = await call('deadlines:preview', {
      ruleId: 'removal-appeal',
      start: { kind: 'e-notification', deliveredOn: '2027-04-26', openedOn: '2027-04-27' },
      internalWorkingDays: 2,
    });
    expect(preview).toMatchObject({ due: '2027-05-04', internalDue: '2027-04-30', recess: 'unsure' });
    expect(preview.next).toEqual([expect.objectContaining({ id: 'aym-final-judgment' })]);
    const r = await call('intake:create', {
      client: { givenName: 'Reza', familyName: 'Ahmadi', nationality: 'IR' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2027-05-03' },
      firstDeadline: {
        ruleId: 'removal-appeal',
        start: { kind: 'e-notification', deliveredOn: '2027-04-26', openedOn: '2027-04-27' },
      },
    });
    const [d] = (await call('deadlines:list', { caseId: r.caseId })).deadlines;
    expect(d).toMatchObject({
      id: r.deadlineId,
      dueOn: preview.due,
      start: { kind: 'e-notification', deliveredOn: '2027-04-26', openedOn: '2027-04-27' },
    });
    const future = await invoke('intake:create', {
      client: { givenName: 'Future', nationality: 'IR' },
      case: { type: 'removal-appeal', status: 'active', openedOn: '2027-05-03' },
      firstDeadline: { ruleId: 'removal-appeal', start: { kind: 'notification', date: '2027-05-09' } },
    });
    expect(future.ok ? [] : future.error.details).toEqual(['firstDeadline.start.date:date.inFuture']);
  });

  describe('acceptance 4: the .ics file parses with ical.js and holds no client name', () => {
    async function seed() {
      await call('deadlines:add', {
        caseId,
        ruleId: 'removal-appeal',
        start: { kind: 'notification', date: '2027-05-03' },
      });
      await call('deadlines:add', { caseId, title: MANUAL_TITLE, dueOn: '2027-05-25', reason: 'Vekaletname noterden' });
      await call('hearings:add', {
        caseId,
        kind: 'hearing',
        court: 'İstanbul 3. İdare Mahkemesi',
        startsAt: '2027-05-14T14:30',
        hall: '4. salon',
        preparation: `${CLIENT.givenName} ile görüş`,
      });
    }

    function parse(text: string) {
      const calendar = new ICAL.Component(ICAL.parse(text));
      return calendar.getAllSubcomponents('vevent').map((v) => {
        const e = new ICAL.Event(v);
        return {
          uid: e.uid,
          summary: e.summary,
          start: e.startDate.toString(),
          allDay: e.startDate.isDate,
          location: e.location,
        };
      });
    }

    it('Takvime aktar: neutral titles, all-day deadlines, the hearing at 14:30 local time, nothing identifying', async () => {
      await seed();
      const result = await call('agenda:exportIcs', { withFileNumbers: false });
      expect(result).toEqual({ exported: true, events: 5 });
      const text = await readFile(join(exportDir, 'emanet-takvim-2027-05-03.ics'), 'utf8');
      const events = parse(text);
      expect(events.map((e) => [e.summary, e.start, e.allDay])).toEqual([
        ['İç süre: Sınır dışı etme kararına karşı dava', '2027-05-06', true],
        ['Son gün: Sınır dışı etme kararına karşı dava', '2027-05-10', true],
        ['Duruşma', '2027-05-14T14:30:00', false],
        ['İç süre: elle girilen süre', '2027-05-21', true],
        ['Son gün: elle girilen süre', '2027-05-25', true],
      ]);
      for (const secret of [
        CLIENT.givenName,
        CLIENT.familyName,
        CASE_TITLE,
        MANUAL_TITLE,
        'Rahimi',
        '2027/481',
        'İstanbul 3.',
      ]) {
        expect(text).not.toContain(secret);
      }
    });

    it('with file numbers (opt-in): the esas number and the court, still no name', async () => {
      await seed();
      await call('agenda:exportIcs', { withFileNumbers: true });
      const text = await readFile(join(exportDir, 'emanet-takvim-2027-05-03.ics'), 'utf8');
      const events = parse(text);
      expect(events.find((e) => e.start === '2027-05-10')?.summary).toBe(
        'Son gün: Sınır dışı etme kararına karşı dava (2027/481)',
      );
      expect(events.find((e) => !e.allDay)).toMatchObject({
        summary: 'Duruşma (2027/481)',
        location: 'İstanbul 3. İdare Mahkemesi',
      });
      for (const secret of [CLIENT.givenName, CLIENT.familyName, CASE_TITLE, MANUAL_TITLE])
        expect(text).not.toContain(secret);
    });

    it('the CLI writes the same file: agenda --ics FILE', async () => {
      await seed();
      await backend.dispose();
      const out: string[] = [];
      const file = join(exportDir, 'cli.ics');
      const code = await runCli(['agenda', '--vault', dir, '--ics', file, '--json'], {
        env: { EMANET_PASSPHRASE: STRONG_PASSPHRASE, EMANET_LANG: 'en' },
        stdout: (t) => out.push(t),
        stderr: () => undefined,
        promptSecret: () => Promise.resolve(null),
      });
      expect(code).toBe(0);
      expect(JSON.parse(out.join(''))).toMatchObject({ file, events: expect.any(Number) });
      const text = await readFile(file, 'utf8');
      expect(parse(text).map((e) => e.summary)).toContain('Due: Removal (deportation) decision — judicial appeal');
      for (const secret of [CLIENT.givenName, CLIENT.familyName, CASE_TITLE, MANUAL_TITLE])
        expect(text).not.toContain(secret);
      // Reopen for afterEach.
      backend = createBackend({
        vaultDir: dir,
        allowedOrigins: ['app://emanet'],
        kdf: TEST_KDF,
        clock,
        logger: silentLogger,
      });
    });
  });
});
