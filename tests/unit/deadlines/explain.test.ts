import { describe, expect, it } from 'vitest';
import { compute } from '../../../src-main/domain/deadlines/compute';
import { explainResult, explainSteps, explainWarning } from '../../../src-main/domain/deadlines/explain';
import { ordinal } from '../../../src-main/domain/deadlines/words';
import type { DeadlineStart, DeadlineWarning } from '../../../src-main/shared/schemas/deadlines';
import { calendar, data, rule } from './data';

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

    const recess = compute(rule('tp-decision'), notified('2027-06-01'), { calendar, recess: 'taken' });
    expect(explainResult(recess, 'en')).toContain('31.07.2027 falls in the judicial recess');
    expect(explainResult(recess, 'tr')).toContain('İYUK m. 8/3');

    const e = compute(rule('removal-appeal'), { kind: 'e-notification', deliveredOn: '2027-05-03' }, { calendar });
    expect(explainResult(e, 'tr')).toContain('izleyen 5. günün sonunda, 08.05.2027 tarihinde tebliğ edilmiş sayılır');

    const clamped = compute(rule('ecthr-application'), notified('2027-10-31'), { calendar });
    expect(explainResult(clamped, 'en')).toContain('4 months later is Tuesday 29.02.2028 (the month has no 31st day');
    expect(explainResult(clamped, 'tr')).toContain(
      '4 ay sonrası: 29.02.2028 Salı (ayın 31. günü olmadığından ayın son günü esas alınır)',
    );
  });

  const WARNINGS: [DeadlineWarning, string, string][] = [
    [{ code: 'unsureRule' }, 'Basis: uncertain', 'Dayanak: belirsiz'],
    [
      {
        code: 'lastDayHalfDay',
        date: '2027-10-28',
        holidays: [{ nameTr: 'Cumhuriyet Bayramı arifesi (öğleden sonra)', nameEn: 'Republic Day eve (afternoon)' }],
      },
      'Thursday 28.10.2027, is a half-day holiday (Republic Day eve (afternoon)): under Law 2429 the afternoon from 13:00 is an official holiday. Whether a half day extends a period is disputed',
      "28.10.2027 Perşembe yarım gün tatildir (Cumhuriyet Bayramı arifesi (öğleden sonra)): 2429 sayılı Kanuna göre saat 13.00'ten sonrası resmî tatildir. Yarım günün süreyi uzatıp uzatmadığı tartışmalı",
    ],
    [
      { code: 'lastDayNonWorkingNotExtended', date: '2027-09-12', weekend: true, holidays: [] },
      'is not extended for weekends or holidays',
      'hafta sonu ve tatillerle uzamaz',
    ],
    [{ code: 'yearNotCovered', years: [2031] }, 'does not cover 2031', '2031 yılını kapsamıyor'],
    [
      { code: 'recessNotAppliedUrgent', date: '2027-07-20' },
      'decided within a fixed time, heard by the duty court during the recess (İYUK art. 62)',
      'kanunen belli süre içinde karara bağlanması gereken işlerden',
    ],
    [
      { code: 'recessNotAppliedUnsure', date: '2027-07-20', extendedTo: '2027-09-07' },
      'is disputed, so it was not extended (the earlier date). If it were, the last day would be Tuesday 07.09.2027',
      'tartışmalı olduğundan süre uzatılmadı',
    ],
    [
      { code: 'recessApplied', date: '2027-07-31', extendedTo: '2027-09-07' },
      'The court takes the judicial recess, so the period runs to 07.09.2027',
      '07.09.2027 tarihine uzadı',
    ],
    [
      { code: 'recessCourtUnknown', date: '2027-07-31', extendedTo: '2027-09-07' },
      'If the court takes the recess, the last day is Tuesday 07.09.2027',
      'Mahkeme adli tatilde çalışmaya ara veriyorsa son gün 07.09.2027 Salı olur',
    ],
    [
      { code: 'recessCourtDoesNotTake', date: '2027-07-31' },
      'takes no recess (İYUK art. 61(1), second sentence)',
      'çalışmaya ara vermeyen mahkemelerden',
    ],
    [
      {
        code: 'lastDayNonWorkingDisputed',
        date: '2027-06-27',
        weekend: true,
        holidays: [],
        actBy: '2027-06-25',
        possiblyExtendedTo: '2027-06-28',
      },
      'is disputed in practice, so 27.06.2027 is kept as the last day: apply by Friday 25.06.2027',
      'uygulamada tartışmalı olduğundan son gün olarak 27.06.2027 esas alındı: başvuruyu en geç ondan önceki son iş günü olan 25.06.2027 Cuma yapın. Süre uzuyorsa son gün 28.06.2027 Pazartesi olur',
    ],
    [
      { code: 'uncertainHoliday', dates: ['2028-05-05', '2028-05-08'], holidays: [], dueIfWorkingDays: '2028-05-05' },
      'computed, not yet officially published: 05.05.2028 and 08.05.2028',
      'Bayram bu günlere denk gelmezse son gün 05.05.2028 Cuma olur',
    ],
    [
      { code: 'detentionOrderDateOnly', date: '2027-01-10' },
      'Custody before the order counts too',
      'Karardan önceki gözaltı da süreye dahildir',
    ],
    [
      { code: 'istinafDoesNotStop', basis: { tr: 'YUKK m. 53/3', en: 'YUKK art. 53(3)' } },
      'an istinaf attempt does not stop this period',
      'istinaf başvurusu bu süreyi durdurmaz',
    ],
    [
      { code: 'recessAfterHolidayShiftNotApplied', date: '2025-07-19', shiftedTo: '2025-07-21' },
      'was not applied',
      'uygulanmadı',
    ],
    [
      { code: 'eNotificationOpenedEarlier', openedOn: '2027-05-04', deemedOn: '2027-05-08', dueIfDeemed: '2027-05-20' },
      'Conservative: counted from the opening on 04.05.2027. The statutory service date is 08.05.2027',
      'İhtiyatlı hesap: süre tebligatın açıldığı 04.05.2027 tarihinden hesaplandı',
    ],
  ];

  it.each(WARNINGS)('warning %o renders in en and tr', (warning, en, tr) => {
    expect(explainWarning(warning, 'en')).toContain(en);
    expect(explainWarning(warning, 'tr')).toContain(tr);
  });

  it('the raw end of a period is "the day the period ends", never "the last day" (30.08 shown, 31.08 due)', () => {
    // 23.08.2027 + 7 = Monday 30.08.2027, Victory Day: the due date is 31.08.
    const result = compute(rule('removal-appeal'), notified('2027-08-23'), { calendar });
    expect(result.due).toBe('2027-08-31');
    const tr = result.warnings.map((w) => explainWarning(w, 'tr')).join(' ');
    const en = result.warnings.map((w) => explainWarning(w, 'en')).join(' ');
    expect(tr).toContain('Sürenin bittiği gün olan 30.08.2027');
    expect(tr).not.toContain('Son gün olan 30.08.2027');
    expect(en).toContain('The period ends on Monday 30.08.2027');
  });

  it('a detention maximum reads "day 1", not "counting starts" (YUKK 57/3)', () => {
    const result = compute(rule('detention-max-removal'), { kind: 'detention', startedOn: '2027-01-10' }, { calendar });
    const tr = explainSteps(result.steps, 'tr');
    expect(tr).toContain('gözetimin ilk günü olan 10.01.2027 birinci gün sayılır');
    expect(tr.join(' ')).not.toContain('işlemeye başlar');
    expect(tr).toContain(
      '6 ayın son günü: 09.07.2027 Cuma (ilk gün sayıldığından 6 ay sonraki aynı günden bir önceki gün)',
    );
  });

  it('the ECtHR runs from the day the final decision was served or learned of, not a "final decision date"', () => {
    const result = compute(rule('ecthr-application'), notified('2027-03-01'), { calendar });
    expect(explainSteps(result.steps, 'tr')[0]).toBe(
      'kesin kararın tebliğ edildiği ya da öğrenildiği tarih: 01.03.2027',
    );
  });

  it('no rendered text uses the words the practitioner review found wrong', () => {
    const texts: string[] = [];
    const starts = ['2027-07-13', '2027-08-23', '2026-03-12', '2027-04-01', '2028-04-28'];
    for (const r of data.rules.filter((x) => x.period !== null)) {
      for (const date of starts) {
        const start: DeadlineStart =
          r.startsFrom === 'detention-start'
            ? { kind: 'detention', startedOn: date, orderDateOnly: true }
            : notified(date);
        for (const recess of ['taken', 'not-taken', 'unsure'] as const) {
          const result = compute(r, start, { calendar, recess });
          for (const lang of ['tr', 'en'] as const) {
            texts.push(...explainSteps(result.steps, lang), ...result.warnings.map((w) => explainWarning(w, lang)));
          }
        }
      }
    }
    const all = texts.join('\n');
    for (const wrong of [
      'acele iş',
      'Güven düzeyi',
      'Confidence U',
      '15 gün ek süre',
      'kesin karar tarihi',
      'doğrulanacak',
      'araştırma not',
    ]) {
      expect(all).not.toContain(wrong);
    }
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
