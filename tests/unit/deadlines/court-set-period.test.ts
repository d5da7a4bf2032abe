// An interim decision's period (kesin süre) counted by the engine like the statutory periods.
import { describe, expect, it } from 'vitest';
import { computeCourtSetPeriod, courtSetPeriodRule } from '../../../src-main/domain/deadlines/court-set-period';
import { deadlineRuleSchema } from '../../../src-main/shared/schemas/deadlines';
import { loadDeadlineData } from '../../../src-main/services/deadline-data';
import { withCourtSetPeriods } from '../../../src-main/services/casework/court-set-data';

const { calendar } = loadDeadlineData();

describe('court-set periods', () => {
  it('is a valid rule of the rules file’s shape, for every case type, basis "likely"', () => {
    expect(deadlineRuleSchema.safeParse(courtSetPeriodRule(30)).success).toBe(true);
    expect(courtSetPeriodRule(30)).toMatchObject({ period: { amount: 30, unit: 'days' }, confidence: 'L' });
  });

  it('does not count the day of pronouncement and moves a last day on a weekend to Monday', () => {
    // 2027-05-11 (Tuesday) + 30 = Thursday 2027-06-10; 2027-05-08 + 15 = Sunday 2027-05-23 → Monday.
    const start = (date: string) => ({ kind: 'notification' as const, date });
    expect(computeCourtSetPeriod(30, start('2027-05-11'), { calendar }).due).toBe('2027-06-10');
    expect(computeCourtSetPeriod(15, start('2027-05-08'), { calendar }).due).toBe('2027-05-24');
  });

  it('a period ending in the judicial recess is extended only when the court takes it; unsure gives the earlier date', () => {
    const start = { kind: 'notification' as const, date: '2027-07-10' };
    const unsure = computeCourtSetPeriod(20, start, { calendar });
    const taken = computeCourtSetPeriod(20, start, { calendar, recess: 'taken' });
    expect(unsure.due).toBe('2027-07-30');
    expect(taken.due).toBe('2027-09-07');
    expect(unsure.warnings.map((w) => w.code)).toContain('recessCourtUnknown');
  });

  it('the deadline data resolve court-set-period-N (1–365) and nothing else new', () => {
    const data = withCourtSetPeriods(loadDeadlineData());
    expect(data.ruleById('court-set-period-7')?.period).toEqual({ amount: 7, unit: 'days' });
    expect(data.ruleById('court-set-period-0')).toBeUndefined();
    expect(data.ruleById('court-set-period-366')).toBeUndefined();
    expect(data.ruleById('removal-appeal')?.id).toBe('removal-appeal');
    expect(data.rules.some((r) => r.id.startsWith('court-set-period'))).toBe(false);
  });
});
