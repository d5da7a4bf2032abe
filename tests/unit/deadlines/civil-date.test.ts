import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatDdMmYyyy,
  isCivilDate,
  isoWeekday,
  isWeekend,
  parseCivilDate,
  yearsBetween,
} from '../../../src-main/domain/deadlines/civil-date';

describe('civil dates', () => {
  it.each([
    ['2027-05-12', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2027-02-29', false],
    ['2100-02-29', false],
    ['2027-02-30', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-5-12', false],
    ['12.05.2027', false],
    ['2027-05-12T00:00:00Z', false],
    ['', false],
  ])('isCivilDate(%j) = %s', (value, expected) => {
    expect(isCivilDate(value)).toBe(expected);
    expect(parseCivilDate(value)).toBe(expected ? value : null);
  });

  it.each([
    ['2027-05-12', 7, '2027-05-19'],
    ['2027-12-28', 7, '2028-01-04'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2027-03-27', 2, '2027-03-29'], // across the EU/TR DST weekend: UTC arithmetic never slips
    ['2027-10-30', 2, '2027-11-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2030-12-20', 60, '2031-02-18'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2027-10-31', 4, '2028-02-29', 31],
    ['2026-10-31', 4, '2027-02-28', 31],
    ['2027-05-31', 1, '2027-06-30', 31],
    ['2027-01-30', 1, '2027-02-28', 30],
    ['2027-02-28', 4, '2027-06-28', undefined],
    ['2028-02-29', 12, '2029-02-28', 29],
    ['2027-11-15', 4, '2028-03-15', undefined],
    ['2027-08-31', 6, '2028-02-29', 31],
  ])('addMonths(%s, %i) = %s (clamped from %s)', (date, n, expected, clampedFrom) => {
    expect(addMonths(date, n)).toEqual(
      clampedFrom === undefined ? { date: expected } : { date: expected, clampedFrom },
    );
  });

  it('weekdays, weekends, display and ranges', () => {
    expect(isoWeekday('2027-05-19')).toBe(3);
    expect(isoWeekday('2027-05-23')).toBe(7);
    expect(isWeekend('2027-05-22')).toBe(true);
    expect(isWeekend('2027-05-21')).toBe(false);
    expect(formatDdMmYyyy('2027-05-09')).toBe('09.05.2027');
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(yearsBetween('2029-12-01', '2031-01-01')).toEqual([2029, 2030, 2031]);
    expect(() => addDays('2027-02-30', 1)).toThrow(RangeError);
  });
});
