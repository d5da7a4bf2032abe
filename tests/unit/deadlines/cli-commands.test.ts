import { describe, expect, it } from 'vitest';
import holidaysJson from '../../../resources/holidays-tr.json' with { type: 'json' };
import rulesJson from '../../../resources/deadline-rules.json' with { type: 'json' };
import { type DeadlineArgs, isDeadlineCommand, runDeadlineCommand } from '../../../src-main/cli/deadline-commands';
import type { CliIo } from '../../../src-main/cli/io';
import { buildDeadlineData } from '../../../src-main/services/deadline-data';

/** The deadline commands in-process, with captured streams (the same code main.ts calls). */
function run(
  command: string,
  args: Partial<DeadlineArgs> = {},
  lang = 'en',
  load?: () => ReturnType<typeof buildDeadlineData>,
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env: { EMANET_LANG: lang },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    promptSecret: () => Promise.resolve(null),
  };
  const code = runDeadlineCommand(command, { json: false, ...args }, io, load);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), out };
}

describe('deadline commands (in-process)', () => {
  it('knows its command names', () => {
    expect(isDeadlineCommand('deadline rules')).toBe(true);
    expect(isDeadlineCommand('deadline compute')).toBe(true);
    expect(isDeadlineCommand('deadline')).toBe(false);
    expect(isDeadlineCommand('toString')).toBe(false);
  });

  it('rules --json prints one document with ids, names, basis, confidence, period', () => {
    const r = run('deadline rules', { json: true });
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.rules).toContainEqual({
      id: 'removal-appeal',
      nameTr: 'Sınır dışı etme kararına karşı dava',
      nameEn: 'Removal (deportation) decision — judicial appeal',
      basis: expect.stringContaining('art. 53(3)'),
      confidence: 'S',
      period: { amount: 7, unit: 'days' },
    });
    expect(doc.rules.find((x: { id: string }) => x.id === 'ecthr-rule39').period).toBeNull();
  });

  it('compute --json: the issue example', () => {
    const r = run('deadline compute', { json: true, rule: 'removal-appeal', notified: '2027-05-12' });
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ rule: 'removal-appeal', due: '2027-05-20', confidence: 'S', warnings: [] });
    expect(doc.basis).toContain('Law 6458');
    expect(doc.steps.map((s: { code: string }) => s.code)).toEqual([
      'start',
      'countingStarts',
      'periodEnds',
      'nonWorkingDay',
      'due',
    ]);
    expect(doc.steps.at(-1).text).toBe('due Thursday 20.05.2027');
  });

  it('compute speaks Turkish, with e-notification and an earlier opening', () => {
    const r = run(
      'deadline compute',
      { json: true, rule: 'removal-appeal', etebligatDelivered: '2027-05-03', opened: '2027-05-04' },
      'tr',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.due).toBe('2027-05-11');
    expect(doc.warnings).toEqual([
      expect.objectContaining({ code: 'eNotificationOpenedEarlier', dueIfDeemed: '2027-05-20' }),
    ]);
    expect(doc.warnings[0].text).toContain(
      'İhtiyatlı hesap: süre tebligatın açıldığı 04.05.2027 tarihinden hesaplandı',
    );
  });

  it.each([
    ['taken', '2027-09-07', 'recessApplied'],
    ['not-taken', '2027-08-02', 'recessCourtDoesNotTake'],
    ['unsure', '2027-08-02', 'recessCourtUnknown'],
  ] as const)('compute --recess %s (İYUK 61(1)): due %s', (recess, due, warning) => {
    const r = run('deadline compute', { json: true, rule: 'tp-decision', notified: '2027-06-01', recess });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ due, recess });
    expect(doc.warnings.map((w: { code: string }) => w.code)).toContain(warning);
  });

  it('compute without --recess is unsure: the unextended date, the extended one named', () => {
    const r = run('deadline compute', { rule: 'tp-decision', notified: '2027-06-01' });
    expect(r.stdout).toContain('Due: Monday 02.08.2027');
    expect(r.stdout).toContain('If the court takes the recess, the last day is Tuesday 07.09.2027');
  });

  it('compute --detention-started counts the first day (YUKK 68/5) and --order-date-only warns', () => {
    const r = run('deadline compute', {
      json: true,
      rule: 'detention-max-applicant',
      detentionStarted: '2027-01-10',
      orderDateOnly: true,
    });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.due).toBe('2027-02-08');
    expect(doc.warnings.map((w: { code: string }) => w.code)).toEqual(['detentionOrderDateOnly']);
  });

  it('text output names the basis in words, never a letter code', () => {
    const r = run('deadline compute', { rule: 'removal-appeal', notified: '2027-05-12' }, 'tr');
    expect(r.stdout).toContain(
      'Dayanak: 6458 sayılı YUKK m. 53/3 (7196 sayılı Kanunla değişik; önceki süre 15 gün) (doğrulandı)',
    );
    expect(r.stdout).not.toMatch(/Güven düzeyi|: S$/m);
    const rules = run('deadline rules', {}, 'en');
    expect(rules.stdout).toContain('(basis: verified)');
    expect(rules.stdout).not.toMatch(/ {2}[SLU] {2}/);
  });

  it('compute prints readable text without --json', () => {
    const r = run('deadline compute', { rule: 'tp-decision', notified: '2030-12-20' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Due: Tuesday 18.02.2031');
    expect(r.stdout).toContain('does not cover 2031');
  });

  it.each([
    ['an unknown rule', { rule: 'appeal-of-doom', notified: '2027-05-12' }, '--rule'],
    ['an impossible date', { rule: 'removal-appeal', notified: '2027-02-30' }, '--notified'],
    [
      'a malformed delivery date',
      { rule: 'removal-appeal', etebligatDelivered: '03.05.2027' },
      '--etebligat-delivered',
    ],
    [
      'a malformed opening date',
      { rule: 'removal-appeal', etebligatDelivered: '2027-05-03', opened: '2027-5-4' },
      '--opened',
    ],
    [
      'opened before delivery',
      { rule: 'removal-appeal', etebligatDelivered: '2027-05-03', opened: '2027-05-01' },
      '--opened',
    ],
    ['a rule without a period', { rule: 'detention-review', notified: '2027-05-12' }, '--rule'],
    [
      'a detention maximum from a notification',
      { rule: 'detention-max-removal', notified: '2027-05-12' },
      '--detention-started',
    ],
    ['a filing period from detention', { rule: 'removal-appeal', detentionStarted: '2027-05-12' }, '--notified'],
    ['an unknown case type', { rule: 'istinaf', notified: '2027-05-12', caseType: 'divorce' }, '--case-type'],
    [
      'istinaf for a removal case (YUKK 53/3: final)',
      { rule: 'istinaf', notified: '2027-05-12', caseType: 'removal-appeal' },
      '--case-type',
    ],
  ])('exit 4 on %s, with one JSON error document', (_name, args, detail) => {
    const r = run('deadline compute', { json: true, ...args });
    expect(r.code).toBe(4);
    expect(r.out).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'VALIDATION', details: [detail] } });
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it.each([
    ['no rule', { notified: '2027-05-12' }],
    ['no start date', { rule: 'removal-appeal' }],
    ['both start dates', { rule: 'removal-appeal', notified: '2027-05-12', etebligatDelivered: '2027-05-03' }],
    ['--opened without a delivery date', { rule: 'removal-appeal', notified: '2027-05-12', opened: '2027-05-13' }],
    ['an unknown --recess', { rule: 'tp-decision', notified: '2027-05-12', recess: 'maybe' }],
    ['--order-date-only without detention', { rule: 'removal-appeal', notified: '2027-05-12', orderDateOnly: true }],
    [
      'detention and a notification',
      { rule: 'detention-max-removal', notified: '2027-05-12', detentionStarted: '2027-05-12' },
    ],
  ])('exit 2 (usage) on %s', (_name, args) => {
    const r = run('deadline compute', { json: true, ...args });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('deadline compute --rule');
  });

  it('a broken data file is refused with exit 5 and says what is wrong', () => {
    const broken = structuredClone(rulesJson) as unknown as { rules: { confidence: string }[] };
    broken.rules[0]!.confidence = 'maybe';
    const r = run('deadline rules', { json: true }, 'en', () => buildDeadlineData(broken, holidaysJson));
    expect(r.code).toBe(5);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'INTEGRITY' } });
    expect(r.stderr).toContain('rules.0.confidence');
  });
});
