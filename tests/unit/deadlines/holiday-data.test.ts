import { describe, expect, it } from 'vitest';
import holidaysJson from '../../../resources/holidays-tr.json' with { type: 'json' };
import rulesJson from '../../../resources/deadline-rules.json' with { type: 'json' };
import { parseDeadlineRules, parseHolidays } from '../../../src-main/domain/deadlines/load';
import type { HolidayKind } from '../../../src-main/shared/schemas/deadlines';
import { calendar, data } from './data';

/** The research note's rule ids, plus the Constitutional Court after a final judgment: stable identifiers. */
const RESEARCH_RULE_IDS = [
  'removal-appeal',
  'detention-review',
  'detention-max-removal',
  'detention-max-applicant',
  'ip-admin-appeal',
  'ip-court-regular',
  'ip-court-accelerated',
  'tp-decision',
  'residence-permit',
  'istinaf',
  'temyiz',
  'aym-individual',
  'aym-final-judgment',
  'ecthr-application',
  'ecthr-rule39',
];

/** The research table, transcribed independently of the data file. */
const RELIGIOUS: Record<number, { ramazanArife: string; ramazan: string[]; kurbanArife: string; kurban: string[] }> = {
  2024: {
    ramazanArife: '04-09',
    ramazan: ['04-10', '04-11', '04-12'],
    kurbanArife: '06-15',
    kurban: ['06-16', '06-17', '06-18', '06-19'],
  },
  2025: {
    ramazanArife: '03-29',
    ramazan: ['03-30', '03-31', '04-01'],
    kurbanArife: '06-05',
    kurban: ['06-06', '06-07', '06-08', '06-09'],
  },
  2026: {
    ramazanArife: '03-19',
    ramazan: ['03-20', '03-21', '03-22'],
    kurbanArife: '05-26',
    kurban: ['05-27', '05-28', '05-29', '05-30'],
  },
  2027: {
    ramazanArife: '03-08',
    ramazan: ['03-09', '03-10', '03-11'],
    kurbanArife: '05-15',
    kurban: ['05-16', '05-17', '05-18', '05-19'],
  },
  2028: {
    ramazanArife: '02-25',
    ramazan: ['02-26', '02-27', '02-28'],
    kurbanArife: '05-04',
    kurban: ['05-05', '05-06', '05-07', '05-08'],
  },
  2029: {
    ramazanArife: '02-13',
    ramazan: ['02-14', '02-15', '02-16'],
    kurbanArife: '04-23',
    kurban: ['04-24', '04-25', '04-26', '04-27'],
  },
  2030: {
    ramazanArife: '02-03',
    ramazan: ['02-04', '02-05', '02-06'],
    kurbanArife: '04-12',
    kurban: ['04-13', '04-14', '04-15', '04-16'],
  },
};
const FIXED = ['01-01', '04-23', '05-01', '05-19', '07-15', '08-30', '10-29'];
const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030];

const datesOf = (year: number, kind: HolidayKind) =>
  data.holidays.days.filter((d) => d.kind === kind && d.date.startsWith(`${year}-`)).map((d) => d.date.slice(5));

describe('resources/deadline-rules.json', () => {
  it('is schema-valid and has every research rule id, each once', () => {
    expect(parseDeadlineRules(rulesJson).ok).toBe(true);
    const ids = data.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RESEARCH_RULE_IDS].sort());
  });

  it.each([
    ['removal-appeal', 7, 'days', 'S', 'urgent-no-extension', 'extends'],
    ['ip-admin-appeal', 10, 'days', 'L', 'not-applicable', 'disputed'],
    ['ip-court-regular', 30, 'days', 'L', 'unsure-no-extension', 'extends'],
    ['ip-court-accelerated', 15, 'days', 'U', 'urgent-no-extension', 'extends'],
    ['tp-decision', 60, 'days', 'S', 'extends', 'extends'],
    ['residence-permit', 60, 'days', 'S', 'extends', 'extends'],
    ['istinaf', 30, 'days', 'L', 'extends', 'extends'],
    ['temyiz', 30, 'days', 'L', 'extends', 'extends'],
    ['aym-individual', 30, 'days', 'S', 'not-applicable', 'disputed'],
    ['aym-final-judgment', 30, 'days', 'S', 'not-applicable', 'disputed'],
    ['ecthr-application', 4, 'months', 'S', 'not-applicable', 'not-extended'],
    ['detention-max-removal', 6, 'months', 'S', 'not-applicable', 'not-extended'],
    ['detention-max-applicant', 30, 'days', 'S', 'not-applicable', 'not-extended'],
  ] as const)(
    '%s: %i %s, confidence %s, recess %s, last day on a holiday: %s',
    (id, amount, unit, conf, recess, onNonWorkingLastDay) => {
      const r = data.ruleById(id);
      expect(r).toMatchObject({
        period: { amount, unit },
        confidence: conf,
        judicialRecess: recess,
        onNonWorkingLastDay,
      });
    },
  );

  it('detention maximums run from the start of detention (YUKK 57/3, 68/5)', () => {
    for (const id of ['detention-max-removal', 'detention-max-applicant']) {
      expect(data.ruleById(id)?.startsFrom).toBe('detention-start');
    }
  });

  it('no text a lawyer sees carries research notes, letter codes or outside paths', () => {
    const shown = data.rules.flatMap((r) => [r.nameTr, r.nameEn, r.legalBasisTr, r.legalBasisEn, r.notesTr, r.notesEn]);
    for (const text of [...shown, ...data.rules.map((r) => r.source)]) {
      expect(text).not.toMatch(
        /doğrulanacak|araştırma not|to verify|research note|shared\/|Güven düzeyi|Confidence [SLU]\b/i,
      );
    }
    for (const text of shown) expect(text).not.toMatch(/acele iş|15 gün ek süre|kesin karar tarihi/);
  });

  it('rules without a time limit are tasks: period null, starting from nothing', () => {
    for (const id of ['detention-review', 'ecthr-rule39']) {
      expect(data.ruleById(id)).toMatchObject({ period: null, startsFrom: 'none' });
    }
  });
});

describe('resources/holidays-tr.json', () => {
  it('is schema-valid, covers 2024–2030, with a source, a checked date and a confidence per year', () => {
    expect(parseHolidays(holidaysJson).ok).toBe(true);
    expect(calendar.coveredYears).toEqual(YEARS);
    for (const y of data.holidays.years) {
      expect(y.source).toContain('2429');
      expect(y.checkedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(y.confidence).toBe(y.year <= 2026 ? 'S' : 'L');
    }
  });

  it('has no duplicate (date, kind) entries', () => {
    const keys = data.holidays.days.map((d) => `${d.date}/${d.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(YEARS)('%i: 7 fixed days, 28 October half, Ramazan 3 + arife, Kurban 4 + arife', (year) => {
    const expected = RELIGIOUS[year];
    expect(datesOf(year, 'fixed')).toEqual(FIXED);
    expect(datesOf(year, 'oct28-half')).toEqual(['10-28']);
    expect(datesOf(year, 'ramazan')).toEqual(expected?.ramazan);
    expect(datesOf(year, 'kurban')).toEqual(expected?.kurban);
    expect(datesOf(year, 'arife-half').sort()).toEqual([expected?.ramazanArife, expected?.kurbanArife].sort());
    expect(data.holidays.days.filter((d) => d.date.startsWith(`${year}-`))).toHaveLength(17);
  });

  it('flags exactly the arife and 28 October entries as half days', () => {
    for (const d of data.holidays.days) {
      expect(d.half).toBe(d.kind === 'arife-half' || d.kind === 'oct28-half');
    }
  });

  it('calendar: full, half and overlapping days', () => {
    expect(calendar.isHoliday('2027-05-19')).toBe(true);
    expect(
      calendar
        .holidaysOn('2027-05-19')
        .map((d) => d.kind)
        .sort(),
    ).toEqual(['fixed', 'kurban']);
    expect(calendar.isHalfDay('2027-10-28')).toBe(true);
    expect(calendar.isHoliday('2027-10-28')).toBe(false);
    expect(calendar.isWorkingDay('2027-10-28')).toBe(true);
    // 23 April 2029 is both a full fixed holiday and the Kurban arife: the full day wins.
    expect(calendar.isHoliday('2029-04-23')).toBe(true);
    expect(calendar.isHalfDay('2029-04-23')).toBe(false);
    expect(calendar.isWorkingDay('2027-05-22')).toBe(false); // a Saturday
    expect(calendar.isYearCovered(2031)).toBe(false);
  });
});
