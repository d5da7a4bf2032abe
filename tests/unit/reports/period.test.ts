import { describe, expect, it } from 'vitest';
import { ageBand, parsePeriod, periodsOverlap } from '../../../src-main/domain/reports';

describe('reporting periods', () => {
  it('parses months and quarters into inclusive civil-day ranges', () => {
    expect(parsePeriod('2026-07')).toEqual({ id: '2026-07', kind: 'month', from: '2026-07-01', to: '2026-07-31' });
    expect(parsePeriod('2026-Q3')).toEqual({ id: '2026-Q3', kind: 'quarter', from: '2026-07-01', to: '2026-09-30' });
    expect(parsePeriod('2028-02')?.to).toBe('2028-02-29');
    expect(parsePeriod('2026-02')?.to).toBe('2026-02-28');
    expect(parsePeriod('2026-Q1')).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(parsePeriod('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('refuses anything that is not exactly a month or a quarter', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '2026-7', '2026-07-01', '26-07', ' 2026-07', '2026-q3', '']) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it('knows that a month inside a quarter overlaps it and the next quarter does not', () => {
    const q3 = parsePeriod('2026-Q3')!;
    expect(periodsOverlap(q3, parsePeriod('2026-08')!)).toBe(true);
    expect(periodsOverlap(q3, parsePeriod('2026-Q4')!)).toBe(false);
    expect(periodsOverlap(q3, parsePeriod('2026-06')!)).toBe(false);
  });
});

describe('age bands', () => {
  it('bands exact and year-only birth dates at the period end', () => {
    expect(ageBand('2008-10-01', '2026-09-30')).toBe('0-17');
    expect(ageBand('2008-09-30', '2026-09-30')).toBe('18-24');
    expect(ageBand('2001', '2026-09-30')).toBe('25-59');
    expect(ageBand('1966-09-30', '2026-09-30')).toBe('60+');
    expect(ageBand(null, '2026-09-30')).toBe('unknown');
    expect(ageBand('2030', '2026-09-30')).toBe('unknown');
  });
});
