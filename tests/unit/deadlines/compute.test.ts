import { describe, expect, it } from 'vitest';
import { compute } from '../../../src-main/domain/deadlines/compute';
import { DeadlineInputError } from '../../../src-main/domain/deadlines/errors';
import type {
  CaseType,
  DeadlineRule,
  DeadlineStart,
  DeadlineWarning,
  RecessChoice,
} from '../../../src-main/shared/schemas/deadlines';
import {
  RECESS_EXTENDED_TO,
  RECESS_FIRST_DAY,
  RECESS_LAST_DAY,
} from '../../../src-main/domain/deadlines/judicial-recess';
import { calendar, data, rule } from './data';

const removal = rule('removal-appeal');
/** The same 7-day period under each recess mode, so the recess edges can be tested precisely. */
const sevenExtends = rule('removal-appeal', { judicialRecess: 'extends' });
const sevenUnsure = rule('removal-appeal', { judicialRecess: 'unsure-no-extension' });
const oneMonth = rule('removal-appeal', { period: { amount: 1, unit: 'months' } });

const notified = (date: string): DeadlineStart => ({ kind: 'notification', date });
const detained = (startedOn: string, orderDateOnly?: boolean): DeadlineStart =>
  orderDateOnly ? { kind: 'detention', startedOn, orderDateOnly } : { kind: 'detention', startedOn };

interface Case {
  name: string;
  rule: DeadlineRule;
  start: DeadlineStart;
  due: string;
  /** Exactly the warning codes expected (none when omitted). */
  warnings?: DeadlineWarning['code'][];
  /** The days skipped as non-working, in order (checked when given). */
  skipped?: string[];
  /** Whether the court takes the judicial recess (default: the engine's default, unsure). */
  recess?: RecessChoice;
  caseType?: CaseType;
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
    warnings: ['uncertainHoliday'],
    start: notified('2027-03-04'),
    due: '2027-03-12',
    skipped: ['2027-03-11'],
  },
  {
    name: 'Ramazan 2028: runs to 29 February',
    rule: removal,
    warnings: ['uncertainHoliday'],
    start: notified('2028-02-21'),
    due: '2028-02-29',
    skipped: ['2028-02-28'],
  },
  {
    name: 'Ramazan 2029: Friday, then a weekend',
    rule: removal,
    warnings: ['uncertainHoliday'],
    start: notified('2029-02-09'),
    due: '2029-02-19',
    skipped: ['2029-02-16', '2029-02-17', '2029-02-18'],
  },
  {
    name: 'Ramazan 2030: day 3',
    rule: removal,
    warnings: ['uncertainHoliday'],
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
    warnings: ['uncertainHoliday'],
    start: notified('2028-04-28'),
    due: '2028-05-09',
    skipped: ['2028-05-05', '2028-05-06', '2028-05-07', '2028-05-08'],
  },
  {
    name: 'Kurban 2029: 23 April (full day, also arife), four days, a weekend',
    rule: removal,
    warnings: ['uncertainHoliday'],
    start: notified('2029-04-16'),
    due: '2029-04-30',
    skipped: ['2029-04-23', '2029-04-24', '2029-04-25', '2029-04-26', '2029-04-27', '2029-04-28', '2029-04-29'],
  },
  {
    name: 'Kurban 2030: day 4',
    rule: removal,
    warnings: ['uncertainHoliday'],
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
    name: 'recess: ends 20 July, court takes the recess — extended to 7 September',
    recess: 'taken',
    rule: sevenExtends,
    start: notified('2027-07-13'),
    due: '2027-09-07',
    warnings: ['recessApplied'],
  },
  {
    name: 'recess: ends 31 August, court takes the recess — extended to 7 September',
    recess: 'taken',
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
    recess: 'taken',
    rule: sevenExtends,
    start: notified('2024-08-03'),
    due: '2024-09-09',
    warnings: ['recessApplied'],
    skipped: ['2024-09-07', '2024-09-08'],
  },
  {
    name: 'recess: 7 September 2025 is a Sunday',
    recess: 'taken',
    rule: sevenExtends,
    start: notified('2025-08-01'),
    due: '2025-09-08',
    warnings: ['recessApplied'],
    skipped: ['2025-09-07'],
  },
  {
    name: 'recess: last day Sat 19 July, weekend shift lands in the recess — not extended',
    recess: 'taken',
    rule: sevenExtends,
    start: notified('2025-07-12'),
    due: '2025-07-21',
    warnings: ['recessAfterHolidayShiftNotApplied'],
    skipped: ['2025-07-19', '2025-07-20'],
  },
  {
    name: 'tp-decision: 60 days ending Sat 31 July, court takes the recess → 7 September',
    recess: 'taken',
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
    name: 'detention max (YUKK 57/3): began 31 August, 6 months clamp to 29 February 2028, first day counted → 28 February',
    rule: rule('detention-max-removal'),
    start: detained('2027-08-31'),
    due: '2028-02-28',
    warnings: ['lastDayNonWorkingNotExtended'],
  },
  {
    name: 'detention max (YUKK 57/3): began 31 August 2026 → Saturday 27 February 2027, not extended',
    rule: rule('detention-max-removal'),
    start: detained('2026-08-31'),
    due: '2027-02-27',
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
    warnings: ['uncertainHoliday'],
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
    name: 'istinaf (İYUK 45/1): 30 days, basis likely, no warning',
    rule: rule('istinaf'),
    start: notified('2027-03-01'),
    due: '2027-03-31',
  },
  {
    name: 'AYM (Law 6216 art. 47/5): 1 May on a Saturday — earlier date kept, disputed',
    rule: rule('aym-individual'),
    start: notified('2027-04-01'),
    due: '2027-05-01',
    warnings: ['lastDayNonWorkingDisputed'],
  },
  {
    name: 'applicant detention (YUKK 68/5): began 1 May, day one counted → 30 May',
    rule: rule('detention-max-applicant'),
    start: detained('2027-05-01'),
    due: '2027-05-30',
    warnings: ['lastDayNonWorkingNotExtended'],
  },
];

describe('compute(): table', () => {
  it.each(CASES)('$name', (c) => {
    const result = compute(c.rule, c.start, { calendar, recess: c.recess, caseType: c.caseType });
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
    const result = compute(sevenExtends, notified('2027-07-13'), { calendar, recess: 'taken' });
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
    [
      'a detention maximum from a notification',
      rule('detention-max-removal'),
      notified('2027-05-12'),
      'startKindMismatch',
    ],
    ['a filing period from the start of detention', removal, detained('2027-05-12'), 'startKindMismatch'],
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

// ---- Issue 12, section 1: never later than the law ------------------------------------------

const RECESS_CHOICES: RecessChoice[] = ['taken', 'not-taken', 'unsure'];

interface RecessCase {
  rule: string;
  notified: string;
  /** The due date for each recess choice. */
  due: Record<RecessChoice, string>;
  /** The warning about the recess for each choice (null: none). */
  warning: Record<RecessChoice, DeadlineWarning['code'] | null>;
}

/** Each rule kind × each recess choice, with periods ending in the recess. */
const RECESS_CASES: RecessCase[] = [
  // İYUK 7 periods: extended only before courts that take the recess.
  {
    rule: 'tp-decision',
    notified: '2027-06-01', // day 60: Sat 31.07.2027
    due: { taken: '2027-09-07', 'not-taken': '2027-08-02', unsure: '2027-08-02' },
    warning: { taken: 'recessApplied', 'not-taken': 'recessCourtDoesNotTake', unsure: 'recessCourtUnknown' },
  },
  {
    rule: 'residence-permit',
    notified: '2026-06-15', // day 60: Fri 14.08.2026
    due: { taken: '2026-09-07', 'not-taken': '2026-08-14', unsure: '2026-08-14' },
    warning: { taken: 'recessApplied', 'not-taken': 'recessCourtDoesNotTake', unsure: 'recessCourtUnknown' },
  },
  {
    rule: 'istinaf',
    notified: '2026-07-01', // day 30: Fri 31.07.2026
    due: { taken: '2026-09-07', 'not-taken': '2026-07-31', unsure: '2026-07-31' },
    warning: { taken: 'recessApplied', 'not-taken': 'recessCourtDoesNotTake', unsure: 'recessCourtUnknown' },
  },
  {
    rule: 'temyiz',
    notified: '2025-07-25', // day 30: Sun 24.08.2025 → Mon 25.08
    due: { taken: '2025-09-08', 'not-taken': '2025-08-25', unsure: '2025-08-25' },
    warning: { taken: 'recessApplied', 'not-taken': 'recessCourtDoesNotTake', unsure: 'recessCourtUnknown' },
  },
  // İYUK 62(b): decided within a fixed time by the duty court — never extended.
  {
    rule: 'removal-appeal',
    notified: '2026-07-21', // day 7: Tue 28.07.2026
    due: { taken: '2026-07-28', 'not-taken': '2026-07-28', unsure: '2026-07-28' },
    warning: { taken: 'recessNotAppliedUrgent', 'not-taken': null, unsure: 'recessNotAppliedUrgent' },
  },
  // A YUKK period: whether İYUK 8(3) reaches it is disputed — never extended.
  {
    rule: 'ip-court-regular',
    notified: '2026-07-10', // day 30: Sun 09.08.2026 → Mon 10.08
    due: { taken: '2026-08-10', 'not-taken': '2026-08-10', unsure: '2026-08-10' },
    warning: { taken: 'recessNotAppliedUnsure', 'not-taken': null, unsure: 'recessNotAppliedUnsure' },
  },
  // Outside İYUK: the recess does not concern them.
  {
    rule: 'ecthr-application',
    notified: '2026-04-05', // 4 months: Wed 05.08.2026
    due: { taken: '2026-08-05', 'not-taken': '2026-08-05', unsure: '2026-08-05' },
    warning: { taken: null, 'not-taken': null, unsure: null },
  },
];

describe('issue 12 §1: recess choice × rule (İYUK 8(3); İYUK 61(1) second sentence)', () => {
  for (const c of RECESS_CASES) {
    for (const choice of RECESS_CHOICES) {
      it(`${c.rule}, court ${choice}: due ${c.due[choice]} (İYUK 8(3), 61(1), 62)`, () => {
        const result = compute(rule(c.rule), notified(c.notified), { calendar, recess: choice });
        expect(result.due).toBe(c.due[choice]);
        expect(result.recess).toBe(choice);
        const recessWarnings = result.warnings.filter((w) => w.code.startsWith('recess'));
        expect(recessWarnings.map((w) => w.code)).toEqual(c.warning[choice] ? [c.warning[choice]] : []);
      });
    }
  }

  it('unsure is the default and names the extended date "if the court takes the recess" (İYUK 61(1))', () => {
    const result = compute(rule('tp-decision'), notified('2027-06-01'), { calendar });
    expect(result.recess).toBe('unsure');
    expect(result.due).toBe('2027-08-02');
    expect(result.warnings).toContainEqual({
      code: 'recessCourtUnknown',
      date: '2027-07-31',
      extendedTo: '2027-09-07',
    });
  });

  it('the extended date shown for an unsure court is the real last day (7 September 2024 is a Saturday) (İYUK 8(2)–(3))', () => {
    const result = compute(rule('tp-decision'), notified('2024-06-07'), { calendar });
    expect(result.due).toBe('2024-08-06');
    expect(result.warnings).toContainEqual({
      code: 'recessCourtUnknown',
      date: '2024-08-06',
      extendedTo: '2024-09-09',
    });
  });

  it('the rules file records İYUK 61(1) word for word with its source, and the engine uses its window', () => {
    const law = data.judicialRecess;
    expect(law.wordingTr).toContain('yirmi temmuzdan otuz bir ağustosa kadar çalışmaya ara verirler');
    expect(law.wordingTr).toContain(
      'sadece bir idare veya bir vergi mahkemesi bulunan yerlerdeki idari yargı mercileri çalışmaya ara vermeden yararlanamazlar',
    );
    expect(law.source).toMatch(/kadimhukuk|barandogan/);
    expect([law.firstDay, law.lastDay, law.extendedTo]).toEqual([
      RECESS_FIRST_DAY,
      RECESS_LAST_DAY,
      RECESS_EXTENDED_TO,
    ]);
  });
});

describe('issue 12 §1: detention maximums start from the actual start of detention, day one (YUKK 57/3, 68/5)', () => {
  it('YUKK 68/5: 30 days from 10.01.2027 (day one) end on 08.02.2027', () => {
    const result = compute(rule('detention-max-applicant'), detained('2027-01-10'), { calendar });
    expect(result.due).toBe('2027-02-08');
    expect(result.steps).toContainEqual({ code: 'firstDayCounts', date: '2027-01-10' });
    expect(result.steps).toContainEqual({
      code: 'periodEnds',
      date: '2027-02-08',
      amount: 30,
      unit: 'days',
      firstDayCounted: true,
    });
  });

  it('YUKK 57/3: 6 months from 10.01.2027 (day one) end on 09.07.2027, the day before 10.07', () => {
    const result = compute(rule('detention-max-removal'), detained('2027-01-10'), { calendar });
    expect(result.due).toBe('2027-07-09');
  });

  it('YUKK 57/3: one day earlier than counting from the order date the old way (never later)', () => {
    const fromStart = compute(rule('detention-max-removal'), detained('2027-03-15'), { calendar }).due;
    const naive = compute(rule('removal-appeal', { period: { amount: 6, unit: 'months' } }), notified('2027-03-15'), {
      calendar,
    }).due;
    expect(fromStart < naive).toBe(true);
  });

  it('YUKK 57/3, 68/5: only the order date known — warned that custody before the order counts', () => {
    const result = compute(rule('detention-max-applicant'), detained('2027-01-10', true), { calendar });
    expect(result.due).toBe('2027-02-08');
    expect(result.warnings).toContainEqual({ code: 'detentionOrderDateOnly', date: '2027-01-10' });
  });

  it('YUKK 57/3, 68/5: a detention maximum cannot be counted from a notification date', () => {
    expect(() => compute(rule('detention-max-applicant'), notified('2027-01-10'), { calendar })).toThrow(
      expect.objectContaining({ code: 'startKindMismatch' }),
    );
  });
});

describe('issue 12 §1: holiday data below high confidence (Law 2429; bayram dates 2027–2030 computed)', () => {
  it('Kurban Bayramı 2028 (computed): warned, naming the days relied on and the date it would change to', () => {
    const result = compute(removal, notified('2028-04-28'), { calendar });
    expect(result.due).toBe('2028-05-09');
    expect(result.warnings).toEqual([
      {
        code: 'uncertainHoliday',
        dates: ['2028-05-05', '2028-05-08'],
        holidays: expect.arrayContaining([expect.objectContaining({ nameTr: 'Kurban Bayramı 1. gün' })]),
        dueIfWorkingDays: '2028-05-05',
      },
    ]);
  });

  it('Ramazan Bayramı 2030 (computed) skipped: the date would change to 06.02.2030', () => {
    const result = compute(removal, notified('2030-01-30'), { calendar });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'uncertainHoliday', dueIfWorkingDays: '2030-02-06' }),
    );
  });

  it('a fixed holiday is certain in a computed year: 23 April 2029 alone does not warn (Law 2429 art. 2)', () => {
    const result = compute(removal, notified('2029-04-16'), { calendar });
    // 23 April is certain; the Kurban days after it are not.
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'uncertainHoliday',
        dates: ['2029-04-24', '2029-04-25', '2029-04-26', '2029-04-27'],
        dueIfWorkingDays: '2029-04-24',
      }),
    );
  });

  it('19 May 2027 is a fixed holiday: the issue example does not warn even though Kurban 2027 is computed', () => {
    expect(compute(removal, notified('2027-05-12'), { calendar }).warnings).toEqual([]);
  });

  it('Diyanet-published years (2024–2026) do not warn: Kurban 2026', () => {
    expect(compute(removal, notified('2026-05-20'), { calendar }).warnings).toEqual([]);
  });

  it('beyond the table (2031+): weekends only, with a warning', () => {
    const result = compute(removal, notified('2031-03-03'), { calendar });
    expect(result.due).toBe('2031-03-10');
    expect(result.warnings).toEqual([{ code: 'yearNotCovered', years: [2031] }]);
  });
});

describe('issue 12 §1: istinaf for final judgments (YUKK 53/3, 80/1-ç)', () => {
  it('YUKK 53/3: istinaf is never offered for a removal case, even among all rules', () => {
    const istinaf = rule('istinaf');
    expect(istinaf.caseTypes).not.toContain('removal-appeal');
    expect(istinaf.unavailableFor.map((u) => u.caseType)).toContain('removal-appeal');
    expect(() => compute(istinaf, notified('2027-03-01'), { calendar, caseType: 'removal-appeal' })).toThrow(
      expect.objectContaining({ code: 'unavailableForCaseType' }),
    );
  });

  it('YUKK 53/3: a removal case is offered the Constitutional Court (30 days) and, after it, the ECtHR', () => {
    const aym = rule('aym-final-judgment');
    expect(aym.caseTypes).toEqual(expect.arrayContaining(['removal-appeal', 'international-protection']));
    expect(aym.next).toEqual(['ecthr-application']);
    expect(rule('removal-appeal').next).toEqual(['aym-final-judgment']);
    expect(rule('ip-court-accelerated').next).toEqual(['aym-final-judgment']);
  });

  it('Law 6216 art. 47/5 with YUKK 53/3, 80/1-ç: 30 days from service, and an istinaf attempt does not stop them', () => {
    const result = compute(rule('aym-final-judgment'), notified('2027-03-01'), {
      calendar,
      caseType: 'removal-appeal',
    });
    expect(result.due).toBe('2027-03-31');
    expect(result.warnings).toContainEqual({
      code: 'istinafDoesNotStop',
      basis: { tr: '6458 sayılı YUKK m. 53/3 ve m. 80/1-ç', en: 'Law 6458 (YUKK) arts. 53(3) and 80(1)(ç)' },
    });
  });
});

// ---- Issue 12, section 2: disputed points, the earlier date and honest words -----------------

describe('issue 12 §2: disputed points keep the earlier date', () => {
  it('Law 6216 art. 47/5: Constitutional Court last day on a Sunday — due stays Sunday, act by Friday, possibly Monday', () => {
    // 28.05.2027 + 30 days = Sunday 27.06.2027.
    const result = compute(rule('aym-individual'), notified('2027-05-28'), { calendar });
    expect(result.due).toBe('2027-06-27');
    expect(result.warnings).toEqual([
      {
        code: 'lastDayNonWorkingDisputed',
        date: '2027-06-27',
        weekend: true,
        holidays: [],
        actBy: '2027-06-25',
        possiblyExtendedTo: '2027-06-28',
      },
    ]);
  });

  it('Law 6216 art. 47/5: last day on Ramazan Bayramı 2026 — act by the Thursday arife, possibly Monday', () => {
    // 30 days from 19.02.2026: Saturday 21.03.2026 (Ramazan day 2).
    const result = compute(rule('aym-final-judgment'), notified('2026-02-19'), { calendar });
    expect(result.due).toBe('2026-03-21');
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        code: 'lastDayNonWorkingDisputed',
        actBy: '2026-03-19',
        possiblyExtendedTo: '2026-03-23',
      }),
    );
  });

  it('Tebligat Kanunu 7/a: e-notification opened before the 5th day — conservative from the opening, statutory date shown', () => {
    const result = compute(
      removal,
      { kind: 'e-notification', deliveredOn: '2026-10-05', openedOn: '2026-10-06' },
      { calendar },
    );
    expect(result.due).toBe('2026-10-13');
    expect(result.warnings).toEqual([
      { code: 'eNotificationOpenedEarlier', openedOn: '2026-10-06', deemedOn: '2026-10-10', dueIfDeemed: '2026-10-19' },
    ]);
    expect(result.steps).toContainEqual({
      code: 'eNotificationOpened',
      date: '2026-10-06',
      deemedOn: '2026-10-10',
      used: true,
    });
  });

  it('Law 6216 art. 47/5: for the Constitutional Court the opening is the date of learning — the right start, no caveat', () => {
    const result = compute(
      rule('aym-individual'),
      { kind: 'e-notification', deliveredOn: '2026-10-05', openedOn: '2026-10-06' },
      { calendar },
    );
    expect(result.due).toBe('2026-11-05');
    expect(result.warnings.map((w) => w.code)).not.toContain('eNotificationOpenedEarlier');
    expect(result.steps).toContainEqual({
      code: 'eNotificationOpened',
      date: '2026-10-06',
      deemedOn: '2026-10-10',
      used: true,
      asLearning: true,
    });
  });

  it('Law 2429: arefe half day as the last day — counted as a working day, file before 13:00', () => {
    const result = compute(removal, notified('2026-03-12'), { calendar });
    expect(result.due).toBe('2026-03-19');
    expect(result.warnings.map((w) => w.code)).toEqual(['lastDayHalfDay']);
  });

  it('YUKK 80/1 administrative appeal on a Sunday: the earlier date is kept, disputed', () => {
    const result = compute(rule('ip-admin-appeal'), notified('2027-06-17'), { calendar });
    expect(result.due).toBe('2027-06-27');
    expect(result.warnings.map((w) => w.code)).toEqual(['lastDayNonWorkingDisputed']);
  });
});
