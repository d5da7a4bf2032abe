import { describe, expect, it } from 'vitest';
import { compute } from '../../../src-main/domain/deadlines/compute';
import { explainResult, explainSteps, explainWarning } from '../../../src-main/domain/deadlines/explain';
import { ordinal } from '../../../src-main/domain/deadlines/words';
import type { DeadlineStart, DeadlineWarning } from '../../../src-main/shared/schemas/deadlines';
import { calendar, rule } from './data';

const notified = (date: string): DeadlineStart => ({ kind: 'notification', date });

describe('explain', () => {
  it('renders the issue example in English', () => {
    const result = compute(rule('removal-appeal'), notified('2027-05-12'), { calendar });
    expect(explainResult(result, 'en')).toBe(
      'notified 12.05.2027; counting starts 13.05.2027; the 7th day, 19.05.2027, is a public holiday ' +
        '(19 May, Commemoration of Atatürk, Youth and Sports Day; Kurban Bayramı, day 4); due Thursday 20.05.2027',
    );
  });

  it('renders the issue example in Turkish', () => {
    const result = compute(rule('removal-appeal'), notified('2027-05-12'), { calendar });
    expect(explainSteps(result.steps, 'tr')).toEqual([
      'tebliğ tarihi: 12.05.2027',
      'süre 13.05.2027 tarihinde işlemeye başlar',
      '7. gün olan 19.05.2027 resmî tatildir (19 Mayıs Atatürk’ü Anma, Gençlik ve Spor Bayramı; Kurban Bayramı 4. gün)',
      'son gün: 20.05.2027 Perşembe',
    ]);
  });

  it('weekends, the recess, e-notification and month clamping read naturally', () => {
    const weekend = compute(rule('removal-appeal'), notified('2027-06-12'), { calendar });
    expect(explainSteps(weekend.steps, 'en')).toContain('the 7th day, 19.06.2027, is a Saturday');
    expect(explainSteps(weekend.steps, 'en')).toContain('20.06.2027 is a Sunday');
    expect(explainSteps(weekend.steps, 'tr')).toContain(
      '7. gün olan 19.06.2027 Cumartesi gününe denk gelir (hafta sonu)',
    );

    const recess = compute(rule('tp-decision'), notified('2027-06-01'), { calendar });
    expect(explainResult(recess, 'en')).toContain('31.07.2027 falls in the judicial recess');
    expect(explainResult(recess, 'tr')).toContain('İYUK m. 8/3');

    const e = compute(rule('removal-appeal'), { kind: 'e-notification', deliveredOn: '2027-05-03' }, { calendar });
    expect(explainResult(e, 'tr')).toContain('izleyen 5. günün sonunda, 08.05.2027 tarihinde tebliğ edilmiş sayılır');

    const clamped = compute(rule('ecthr-application'), notified('2027-10-31'), { calendar });
    expect(explainResult(clamped, 'en')).toContain('4 months later is Tuesday 29.02.2028 (the month has no 31st day');
    expect(explainResult(clamped, 'tr')).toContain(
      '4 ay sonrası: 29.02.2028 Salı (ayın 31. günü olmadığından ayın son günü)',
    );
  });

  const WARNINGS: [DeadlineWarning, string, string][] = [
    [{ code: 'unsureRule' }, 'Confirm with the statute', 'mevzuattan teyit edin'],
    [
      {
        code: 'lastDayHalfDay',
        date: '2027-10-28',
        holidays: [{ nameTr: 'Cumhuriyet Bayramı arifesi (öğleden sonra)', nameEn: 'Republic Day eve (afternoon)' }],
      },
      'Thursday 28.10.2027, is a half-day holiday (Republic Day eve (afternoon))',
      '28.10.2027 Perşembe yarım gün tatildir',
    ],
    [
      { code: 'lastDayNonWorkingNotExtended', date: '2027-09-12', weekend: true, holidays: [] },
      'is not extended for weekends or holidays',
      'hafta sonu ve tatillerle uzamaz',
    ],
    [{ code: 'yearNotCovered', years: [2031] }, 'does not cover 2031', '2031 yılını kapsamıyor'],
    [{ code: 'recessNotAppliedUrgent', date: '2027-07-20' }, 'duty court (İYUK art. 62)', 'nöbetçi mahkemece'],
    [
      { code: 'recessNotAppliedUnsure', date: '2027-07-20' },
      'unsure, so it was not extended',
      'belirsiz olduğundan uzatılmadı',
    ],
    [
      { code: 'recessApplied', date: '2027-07-31', extendedTo: '2027-09-07' },
      'extended the period to 07.09.2027',
      '07.09.2027 tarihine uzadı',
    ],
    [
      { code: 'recessAfterHolidayShiftNotApplied', date: '2025-07-19', shiftedTo: '2025-07-21' },
      'was not applied',
      'uygulanmadı',
    ],
    [
      { code: 'eNotificationOpenedEarlier', openedOn: '2027-05-04', deemedOn: '2027-05-08', dueIfDeemed: '2027-05-20' },
      'Counting from the deemed date would give Thursday 20.05.2027',
      'son gün 20.05.2027 Perşembe olurdu',
    ],
  ];

  it.each(WARNINGS)('warning %o renders in en and tr', (warning, en, tr) => {
    expect(explainWarning(warning, 'en')).toContain(en);
    expect(explainWarning(warning, 'tr')).toContain(tr);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [7, '7th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [30, '30th'],
    [60, '60th'],
  ])('English ordinal %i = %s', (n, expected) => {
    expect(ordinal(n, 'en')).toBe(expected);
    expect(ordinal(n, 'tr')).toBe(`${n}.`);
  });
});
