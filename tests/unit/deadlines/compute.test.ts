import { describe, expect, it } from 'vitest';
import { compute } from '../../../src-main/domain/deadlines/compute';
import { DeadlineInputError } from '../../../src-main/domain/deadlines/errors';
import type { DeadlineRule, DeadlineStart, DeadlineWarning } from '../../../src-main/shared/schemas/deadlines';
import { calendar, rule } from './data';

const removal = rule('removal-appeal');
/** The same 7-day period under each recess mode, so the recess edges can be tested precisely. */
const sevenExtends = rule('removal-appeal', { judicialRecess: 'extends' });
const sevenUnsure = rule('removal-appeal', { judicialRecess: 'unsure-no-extension' });
const oneMonth = rule('removal-appeal', { period: { amount: 1, unit: 'months' } });

const notified = (date: string): DeadlineStart => ({ kind: 'notification', date });

interface Case {
  name: string;
  rule: DeadlineRule;
  start: DeadlineStart;
  due: string;
  /** Exactly the warning codes expected (none when omitted). */
  warnings?: DeadlineWarning['code'][];
  /** The days skipped as non-working, in order (checked when given). */
  skipped?: string[];
}

const CASES: Case[] = [
  // --- the example and the days `date-holidays` gets wrong --------------------------
  {
    name: 'issue example: 19 May + Kurban day 4',
    rule: removal,
    start: notified('2027-05-12'),
    due: '2027-05-20',
    skipped: ['2027-05-19'],
  },
  {
    name: 'date-holidays error: Thu 20.06.2024 is a working day',
    rule: removal,
    start: notified('2024-06-13'),
    due: '2024-06-20',
    skipped: [],
  },
  {
    name: 'date-holidays error: Tue 10.06.2025 is a working day',
    rule: removal,
    start: notified('2025-06-03'),
    due: '2025-06-10',
    skipped: [],
  },
  {
    name: 'date-holidays error: Mon 23.03.2026 is a working day',
    rule: removal,
    start: notified('2026-03-16'),
    due: '2026-03-23',
    skipped: [],
  },

  // --- fixed holidays (Law 2429) ---------------------------------------------------------------
  {
    name: '1 January, then a weekend',
    rule: removal,
    start: notified('2026-12-25'),
    due: '2027-01-04',
    skipped: ['2027-01-01', '2027-01-02', '2027-01-03'],
  },
  {
    name: '23 April on a Friday, then a weekend',
    rule: removal,
    start: notified('2027-04-16'),
    due: '2027-04-26',
    skipped: ['2027-04-23', '2027-04-24', '2027-04-25'],
  },
  {
    name: '1 May on a Saturday',
    rule: removal,
    start: notified('2027-04-24'),
    due: '2027-05-03',
    skipped: ['2027-05-01', '2027-05-02'],
  },
  { name: '15 July', rule: removal, start: notified('2027-07-08'), due: '2027-07-16', skipped: ['2027-07-15'] },
  {
    name: '29 October on a Friday, then a weekend',
    rule: removal,
    start: notified('2027-10-22'),
    due: '2027-11-01',
    skipped: ['2027-10-29', '2027-10-30', '2027-10-31'],
  },
  {
    name: '30 August inside the recess, urgent: holiday rule only',
    rule: removal,
    start: notified('2027-08-23'),
    due: '2027-08-31',
    warnings: ['recessNotAppliedUrgent'],
    skipped: ['2027-08-30'],
  },

  // --- half days: a working day with a warning -------------------------------------------------
  {
    name: '28 October afternoon (Thursday) is a working day',
    rule: removal,
    start: notified('2027-10-21'),
    due: '2027-10-28',
    warnings: ['lastDayHalfDay'],
    skipped: [],
  },
  {
    name: 'Ramazan arife 09.04.2024 is a working day',
    rule: removal,
    start: notified('2024-04-02'),
    due: '2024-04-09',
    warnings: ['lastDayHalfDay'],
    skipped: [],
  },
  {
    name: 'Kurban arife 26.05.2026 is a working day',
    rule: removal,
    start: notified('2026-05-19'),
    due: '2026-05-26',
    warnings: ['lastDayHalfDay'],
    skipped: [],
  },
  {
    name: '28 October on a Saturday, then 29 October',
    rule: removal,
    start: notified('2028-10-21'),
    due: '2028-10-30',
    skipped: ['2028-10-28', '2028-10-29'],
  },

  // --- Ramazan Bayramı, every year --------------------------------------------------------------
  {
    name: 'Ramazan 2024: three days and a weekend',
    rule: removal,
    start: notified('2024-04-03'),
    due: '2024-04-15',
    skipped: ['2024-04-10', '2024-04-11', '2024-04-12', '2024-04-13', '2024-04-14'],
  },
  {
    name: 'Ramazan 2025: last day 1 April',
    rule: removal,
    start: notified('2025-03-25'),
    due: '2025-04-02',
    skipped: ['2025-04-01'],
  },
  {
    name: 'Ramazan 2026: Friday to Sunday',
    rule: removal,
    start: notified('2026-03-13'),
    due: '2026-03-23',
    skipped: ['2026-03-20', '2026-03-21', '2026-03-22'],
  },
  {
    name: 'Ramazan 2027: day 3',
    rule: removal,
    start: notified('2027-03-04'),
    due: '2027-03-12',
    skipped: ['2027-03-11'],
  },
  {
    name: 'Ramazan 2028: runs to 29 February',
    rule: removal,
    start: notified('2028-02-21'),
    due: '2028-02-29',
    skipped: ['2028-02-28'],
  },
  {
    name: 'Ramazan 2029: Friday, then a weekend',
    rule: removal,
    start: notified('2029-02-09'),
    due: '2029-02-19',
    skipped: ['2029-02-16', '2029-02-17', '2029-02-18'],
  },
  {
    name: 'Ramazan 2030: day 3',
    rule: removal,
    start: notified('2030-01-30'),
    due: '2030-02-07',
    skipped: ['2030-02-06'],
  },

  // --- Kurban Bayramı, every year ---------------------------------------------------------------
  {
    name: 'Kurban 2024: four days',
    rule: removal,
    start: notified('2024-06-09'),
    due: '2024-06-20',
    skipped: ['2024-06-16', '2024-06-17', '2024-06-18', '2024-06-19'],
  },
  {
    name: 'Kurban 2025: four days',
    rule: removal,
    start: notified('2025-05-30'),
    due: '2025-06-10',
    skipped: ['2025-06-06', '2025-06-07', '2025-06-08', '2025-06-09'],
  },
  {
    name: 'Kurban 2026: four days and a Sunday',
    rule: removal,
    start: notified('2026-05-20'),
    due: '2026-06-01',
    skipped: ['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30', '2026-05-31'],
  },
  {
    name: 'Kurban 2028: four days',
    rule: removal,
    start: notified('2028-04-28'),
    due: '2028-05-09',
    skipped: ['2028-05-05', '2028-05-06', '2028-05-07', '2028-05-08'],
  },
  {
    name: 'Kurban 2029: 23 April (full day, also arife), four days, a weekend',
    rule: removal,
    start: notified('2029-04-16'),
    due: '2029-04-30',
    skipped: ['2029-04-23', '2029-04-24', '2029-04-25', '2029-04-26', '2029-04-27', '2029-04-28', '2029-04-29'],
  },
  {
    name: 'Kurban 2030: day 4',
    rule: removal,
    start: notified('2030-04-09'),
    due: '2030-04-17',
    skipped: ['2030-04-16'],
  },

  // --- weekends ----------------------------------------------------------------------------------
  { name: 'an ordinary Wednesday', rule: removal, start: notified('2027-06-09'), due: '2027-06-16', skipped: [] },
  {
    name: 'Saturday moves to Monday',
    rule: removal,
    start: notified('2027-06-12'),
    due: '2027-06-21',
    skipped: ['2027-06-19', '2027-06-20'],
  },
  {
    name: 'Sunday moves to Monday',
    rule: removal,
    start: notified('2027-06-13'),
    due: '2027-06-21',
    skipped: ['2027-06-20'],
  },

  // --- judicial recess (İYUK 8(3), 61, 62) -----------------------------------------------------
  {
    name: 'recess: ends 19 July — before the recess',
    rule: sevenExtends,
    start: notified('2027-07-12'),
    due: '2027-07-19',
  },
  {
    name: 'recess: ends 20 July — extended to 7 September',
    rule: sevenExtends,
    start: notified('2027-07-13'),
    due: '2027-09-07',
    warnings: ['recessApplied'],
  },
  {
    name: 'recess: ends 31 August — extended to 7 September',
    rule: sevenExtends,
    start: notified('2027-08-24'),
    due: '2027-09-07',
    warnings: ['recessApplied'],
  },
  {
    name: 'recess: ends 1 September — after the recess',
    rule: sevenExtends,
    start: notified('2027-08-25'),
    due: '2027-09-01',
  },
  {
    name: 'recess: urgent, ends 20 July — not extended',
    rule: removal,
    start: notified('2027-07-13'),
    due: '2027-07-20',
    warnings: ['recessNotAppliedUrgent'],
  },
  {
    name: 'recess: unsure, ends 20 July — not extended',
    rule: sevenUnsure,
    start: notified('2027-07-13'),
    due: '2027-07-20',
    warnings: ['recessNotAppliedUnsure'],
  },
  {
    name: 'recess: urgent, ends 31 August — not extended',
    rule: removal,
    start: notified('2027-08-24'),
    due: '2027-08-31',
    warnings: ['recessNotAppliedUrgent'],
  },
  {
    name: 'recess: 7 September 2024 is a Saturday',
    rule: sevenExtends,
    start: notified('2024-08-03'),
    due: '2024-09-09',
    warnings: ['recessApplied'],
    skipped: ['2024-09-07', '2024-09-08'],
  },
  {
    name: 'recess: 7 September 2025 is a Sunday',
    rule: sevenExtends,
    start: notified('2025-08-01'),
    due: '2025-09-08',
    warnings: ['recessApplied'],
    skipped: ['2025-09-07'],
  },
  {
    name: 'recess: last day Sat 19 July, weekend shift lands in the recess — not extended',
    rule: sevenExtends,
    start: notified('2025-07-12'),
    due: '2025-07-21',
    warnings: ['recessAfterHolidayShiftNotApplied'],
    skipped: ['2025-07-19', '2025-07-20'],
  },
  {
    name: 'tp-decision: 60 days ending Sat 31 July → 7 September',
    rule: rule('tp-decision'),
    start: notified('2027-06-01'),
    due: '2027-09-07',
    warnings: ['recessApplied'],
  },
  {
    name: 'ip-court-regular: unsure recess, Saturday 31 July → Monday 2 August',
    rule: rule('ip-court-regular'),
    start: notified('2027-07-01'),
    due: '2027-08-02',
    warnings: ['recessNotAppliedUnsure'],
    skipped: ['2027-07-31', '2027-08-01'],
  },
  {
    name: 'ip-court-accelerated: U rule, urgent in recess',
    rule: rule('ip-court-accelerated'),
    start: notified('2027-08-01'),
    due: '2027-08-16',
    warnings: ['unsureRule', 'recessNotAppliedUrgent'],
  },

  // --- months, month ends, 29 February --------------------------------------------------------
  {
    name: 'ECtHR: 31 October + 4 months = 29 February (leap 2028)',
    rule: rule('ecthr-application'),
    start: notified('2027-10-31'),
    due: '2028-02-29',
  },
  {
    name: 'ECtHR: 31 October + 4 months = 28 February (2027, a Sunday: not extended)',
    rule: rule('ecthr-application'),
    start: notified('2026-10-31'),
    due: '2027-02-28',
    warnings: ['lastDayNonWorkingNotExtended'],
  },
  {
    name: 'ECtHR: ends on a Sunday — not extended',
    rule: rule('ecthr-application'),
    start: notified('2027-05-12'),
    due: '2027-09-12',
    warnings: ['lastDayNonWorkingNotExtended'],
  },
  {
    name: 'ECtHR: ends on 19 May + Kurban — not extended',
    rule: rule('ecthr-application'),
    start: notified('2027-01-19'),
    due: '2027-05-19',
    warnings: ['lastDayNonWorkingNotExtended'],
  },
  {
    name: 'ECtHR: 28 February + 4 months = 28 June',
    rule: rule('ecthr-application'),
    start: notified('2027-02-28'),
    due: '2027-06-28',
  },
  {
    name: 'detention max: 31 August + 6 months = 29 February 2028',
    rule: rule('detention-max-removal'),
    start: notified('2027-08-31'),
    due: '2028-02-29',
  },
  {
    name: 'detention max: 31 August + 6 months = 28 February 2027 (Sunday)',
    rule: rule('detention-max-removal'),
    start: notified('2026-08-31'),
    due: '2027-02-28',
    warnings: ['lastDayNonWorkingNotExtended'],
  },
  { name: 'one month from 31 May clamps to 30 June', rule: oneMonth, start: notified('2027-05-31'), due: '2027-06-30' },
  { name: '7 days across 29 February 2028', rule: removal, start: notified('2028-02-22'), due: '2028-02-29' },
  { name: '7 days across February 2027 (no 29th)', rule: removal, start: notified('2027-02-22'), due: '2027-03-01' },
  {
    name: '30 days from 30 January 2028 = 29 February',
    rule: rule('ip-court-regular'),
    start: notified('2028-01-30'),
    due: '2028-02-29',
  },
  {
    name: '30 days from 30 January 2027 = 1 March',
    rule: rule('ip-court-regular'),
    start: notified('2027-01-30'),
    due: '2027-03-01',
  },

  // --- e-notification (Tebligat Kanunu 7/a) -----------------------------------------------------
  {
    name: 'e-notification deemed on the 5th day (a Saturday)',
    rule: removal,
    start: { kind: 'e-notification', deliveredOn: '2027-05-03' },
    due: '2027-05-20',
    skipped: ['2027-05-15', '2027-05-16', '2027-05-17', '2027-05-18', '2027-05-19'],
  },
  {
    name: 'e-notification opened earlier: the opening date counts',
    rule: removal,
    start: { kind: 'e-notification', deliveredOn: '2027-05-03', openedOn: '2027-05-04' },
    due: '2027-05-11',
    warnings: ['eNotificationOpenedEarlier'],
  },
  {
    name: 'e-notification opened on the day of delivery',
    rule: removal,
    start: { kind: 'e-notification', deliveredOn: '2027-06-01', openedOn: '2027-06-01' },
    due: '2027-06-08',
    warnings: ['eNotificationOpenedEarlier'],
  },
  {
    name: 'e-notification opened on the deemed day: the deemed day counts',
    rule: removal,
    start: { kind: 'e-notification', deliveredOn: '2027-06-01', openedOn: '2027-06-06' },
    due: '2027-06-14',
    skipped: ['2027-06-13'],
  },
  {
    name: 'e-notification opened after the deemed day: the deemed day counts',
    rule: removal,
    start: { kind: 'e-notification', deliveredOn: '2027-06-01', openedOn: '2027-06-09' },
    due: '2027-06-14',
    skipped: ['2027-06-13'],
  },

  // --- years outside the holiday table, unsure rules, non-extending rules ----------------------
  {
    name: '60 days from late 2030 reaches 2031',
    rule: rule('tp-decision'),
    start: notified('2030-12-20'),
    due: '2031-02-18',
    warnings: ['yearNotCovered'],
  },
  {
    name: 'notified in 2023, before the table',
    rule: removal,
    start: notified('2023-12-28'),
    due: '2024-01-04',
    warnings: ['yearNotCovered'],
  },
  {
    name: 'ECtHR from late 2030 ends on a Saturday in 2031',
    rule: rule('ecthr-application'),
    start: notified('2030-10-15'),
    due: '2031-02-15',
    warnings: ['lastDayNonWorkingNotExtended', 'yearNotCovered'],
  },
  {
    name: 'istinaf (U) always warns',
    rule: rule('istinaf'),
    start: notified('2027-03-01'),
    due: '2027-03-31',
    warnings: ['unsureRule'],
  },
  {
    name: 'AYM: 1 May on a Saturday — not extended (unconfirmed), warned',
    rule: rule('aym-individual'),
    start: notified('2027-04-01'),
    due: '2027-05-01',
    warnings: ['lastDayNonWorkingNotExtended'],
  },
  {
    name: 'applicant detention: 30 days, not extended',
    rule: rule('detention-max-applicant'),
    start: notified('2027-05-01'),
    due: '2027-05-31',
  },
];

describe('compute(): table', () => {
  it.each(CASES)('$name', (c) => {
    const result = compute(c.rule, c.start, { calendar });
    expect(result.due).toBe(c.due);
    expect(result.warnings.map((w) => w.code).sort()).toEqual([...(c.warnings ?? [])].sort());
    if (c.skipped) {
      expect(result.steps.filter((s) => s.code === 'nonWorkingDay').map((s) => s.date)).toEqual(c.skipped);
    }
    expect(result.steps.at(-1)).toEqual({ code: 'due', date: c.due });
    expect(result.ruleId).toBe(c.rule.id);
    expect(result.confidence).toBe(c.rule.confidence);
  });
});

describe('compute(): details', () => {
  it('the issue example: steps as data, basis and confidence', () => {
    const result = compute(removal, notified('2027-05-12'), { calendar });
    expect(result.steps).toEqual([
      { code: 'start', date: '2027-05-12', startsFrom: 'notification' },
      { code: 'countingStarts', date: '2027-05-13' },
      { code: 'periodEnds', date: '2027-05-19', amount: 7, unit: 'days' },
      {
        code: 'nonWorkingDay',
        date: '2027-05-19',
        weekend: false,
        holidays: [
          expect.objectContaining({ nameEn: expect.stringContaining('19 May') }),
          expect.objectContaining({ nameTr: 'Kurban Bayramı 4. gün' }),
        ],
      },
      { code: 'due', date: '2027-05-20' },
    ]);
    expect(result.legalBasis.en).toContain('art. 53(3)');
    expect(result.confidence).toBe('S');
  });

  it('the date-holidays error days are not holidays in our calendar', () => {
    for (const day of ['2024-06-20', '2025-06-10', '2026-03-23']) {
      expect(calendar.holidaysOn(day)).toEqual([]);
      expect(calendar.isHoliday(day)).toBe(false);
      expect(calendar.isWorkingDay(day)).toBe(true);
    }
  });

  it('e-notification opened earlier notes both dates and the alternative due date', () => {
    const result = compute(
      removal,
      { kind: 'e-notification', deliveredOn: '2027-05-03', openedOn: '2027-05-04' },
      { calendar },
    );
    expect(result.warnings).toContainEqual({
      code: 'eNotificationOpenedEarlier',
      openedOn: '2027-05-04',
      deemedOn: '2027-05-08',
      dueIfDeemed: '2027-05-20',
    });
    expect(result.steps.slice(0, 3)).toEqual([
      { code: 'eNotificationDelivered', date: '2027-05-03', deemedOn: '2027-05-08' },
      { code: 'eNotificationOpened', date: '2027-05-04', deemedOn: '2027-05-08', used: true },
      { code: 'countingStarts', date: '2027-05-05' },
    ]);
  });

  it('recess extension is a step and a warning naming the unextended day', () => {
    const result = compute(sevenExtends, notified('2027-07-13'), { calendar });
    expect(result.steps).toContainEqual({ code: 'judicialRecess', date: '2027-07-20', extendedTo: '2027-09-07' });
    expect(result.warnings).toContainEqual({ code: 'recessApplied', date: '2027-07-20', extendedTo: '2027-09-07' });
  });

  it('month clamping is recorded on the step', () => {
    const result = compute(rule('ecthr-application'), notified('2027-10-31'), { calendar });
    expect(result.steps).toContainEqual({
      code: 'periodEnds',
      date: '2028-02-29',
      amount: 4,
      unit: 'months',
      clampedFrom: 31,
    });
  });

  it('year not covered lists the missing years', () => {
    const result = compute(rule('tp-decision'), notified('2030-12-20'), { calendar });
    expect(result.warnings).toContainEqual({ code: 'yearNotCovered', years: [2031] });
  });

  it('half-day warning names the holiday', () => {
    const result = compute(removal, notified('2027-10-21'), { calendar });
    expect(result.warnings).toEqual([
      {
        code: 'lastDayHalfDay',
        date: '2027-10-28',
        holidays: [expect.objectContaining({ nameEn: 'Republic Day eve (afternoon)' })],
      },
    ]);
  });

  const REFUSALS: [string, DeadlineRule, DeadlineStart, DeadlineInputError['code']][] = [
    ['a rule without a period', rule('detention-review'), notified('2027-05-12'), 'noPeriod'],
    ['Rule 39', rule('ecthr-rule39'), notified('2027-05-12'), 'noPeriod'],
    ['30 February', removal, notified('2027-02-30'), 'invalidDate'],
    ['a malformed delivery date', removal, { kind: 'e-notification', deliveredOn: '2027-5-3' }, 'invalidDate'],
    [
      'opened before delivery',
      removal,
      { kind: 'e-notification', deliveredOn: '2027-05-03', openedOn: '2027-05-02' },
      'openedBeforeDelivery',
    ],
  ];

  it.each(REFUSALS)('refuses %s', (_name, r, start, code) => {
    expect(() => compute(r, start, { calendar })).toThrow(DeadlineInputError);
    try {
      compute(r, start, { calendar });
    } catch (error) {
      expect((error as DeadlineInputError).code).toBe(code);
    }
  });
});
