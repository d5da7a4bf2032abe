import { describe, expect, it } from 'vitest';
import holidaysJson from '../../../resources/holidays-tr.json' with { type: 'json' };
import rulesJson from '../../../resources/deadline-rules.json' with { type: 'json' };
import { parseDeadlineRules, parseHolidays } from '../../../src-main/domain/deadlines/load';
import { buildDeadlineData, DeadlineDataError } from '../../../src-main/services/deadline-data';

const clone = <T>(value: T): T => structuredClone(value);

function rulesWith(change: (rules: Record<string, unknown>[]) => void): unknown {
  const file = clone(rulesJson) as unknown as { rules: Record<string, unknown>[] };
  change(file.rules);
  return file;
}

function holidaysWith(
  change: (file: { days: Record<string, unknown>[]; years: Record<string, unknown>[] }) => void,
): unknown {
  const file = clone(holidaysJson) as unknown as { days: Record<string, unknown>[]; years: Record<string, unknown>[] };
  change(file);
  return file;
}

describe('parseDeadlineRules: malformed files are refused with a clear message', () => {
  it.each([
    ['not an object', 'nonsense', '(root)'],
    ['no rules', { ...clone(rulesJson), rules: [] }, 'rules'],
    ['a future version', { ...clone(rulesJson), version: 3 }, 'version'],
    [
      'no İYUK 61 wording',
      { ...clone(rulesJson), judicialRecess: { ...clone(rulesJson).judicialRecess, wordingTr: '' } },
      'judicialRecess.wordingTr',
    ],
    [
      'an unknown holiday mode',
      rulesWith((r) => (r[0]!.onNonWorkingLastDay = 'sometimes')),
      'rules.0.onNonWorkingLastDay',
    ],
    ['an unknown next rule', rulesWith((r) => (r[0]!.next = ['nowhere'])), 'rules.0.next.0'],
    [
      'a case type both offered and unavailable',
      rulesWith((r) => (r[0]!.unavailableFor = [{ caseType: 'removal-appeal', basisTr: 'x', basisEn: 'x' }])),
      'rules.0.unavailableFor.0.caseType',
    ],
    ['a bad confidence', rulesWith((r) => (r[0]!.confidence = 'X')), 'rules.0.confidence'],
    ['an impossible lastChecked date', rulesWith((r) => (r[1]!.lastChecked = '2026-02-30')), 'rules.1.lastChecked'],
    ['a zero period', rulesWith((r) => (r[0]!.period = { amount: 0, unit: 'days' })), 'rules.0.period.amount'],
    ['a unit of weeks', rulesWith((r) => (r[0]!.period = { amount: 1, unit: 'weeks' })), 'rules.0.period.unit'],
    ['an unknown recess mode', rulesWith((r) => (r[0]!.judicialRecess = 'maybe')), 'rules.0.judicialRecess'],
    ['an unknown case type', rulesWith((r) => (r[0]!.caseTypes = ['divorce'])), 'rules.0.caseTypes.0'],
    ['a missing legal basis', rulesWith((r) => delete r[0]!.legalBasisEn), 'rules.0.legalBasisEn'],
    ['an unexpected field', rulesWith((r) => (r[0]!.days = 15)), 'rules.0'],
    ['a duplicate id', rulesWith((r) => (r[1]!.id = 'removal-appeal')), 'rules.1.id'],
    ['a period with startsFrom none', rulesWith((r) => (r[0]!.startsFrom = 'none')), 'rules.0.startsFrom'],
  ])('%s', (_name, input, path) => {
    const result = parseDeadlineRules(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^deadline-rules\.json is invalid \(\d+ problems?\):/);
      expect(result.error).toContain(`  ${path}: `);
    }
  });
});

describe('parseHolidays: malformed files are refused with a clear message', () => {
  it.each([
    ['an impossible date', holidaysWith((f) => (f.days[0]!.date = '2027-02-29')), 'days.0.date'],
    ['an unknown kind', holidaysWith((f) => (f.days[0]!.kind = 'bridge')), 'days.0.kind'],
    [
      'a half day not flagged',
      holidaysWith((f) => (f.days.find((d) => d.kind === 'arife-half')!.half = false)),
      'half',
    ],
    ['a full day flagged half', holidaysWith((f) => (f.days[0]!.half = true)), 'days.0.half'],
    ['a duplicate day', holidaysWith((f) => f.days.push(clone(f.days[0]!))), 'duplicate holiday'],
    [
      'a day in an undeclared year',
      holidaysWith((f) => f.days.push({ ...clone(f.days[0]!), date: '2031-01-01' })),
      'does not declare',
    ],
    ['a year without a source', holidaysWith((f) => delete f.years[0]!.source), 'years.0.source'],
    ['a duplicate year', holidaysWith((f) => f.years.push(clone(f.years[0]!))), 'duplicate year'],
  ])('%s', (_name, input, fragment) => {
    const result = parseHolidays(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^holidays-tr\.json is invalid/);
      expect(result.error).toContain(fragment);
    }
  });
});

describe('buildDeadlineData (what the app runs at load)', () => {
  it('accepts the shipped files', () => {
    expect(buildDeadlineData(rulesJson, holidaysJson).rules.length).toBeGreaterThan(10);
  });

  it('refuses a broken file and names every problem in both files', () => {
    const badRules = rulesWith((r) => (r[0]!.confidence = 'X'));
    const badHolidays = holidaysWith((f) => (f.days[0]!.date = '2027-13-01'));
    expect(() => buildDeadlineData(badRules, badHolidays)).toThrow(DeadlineDataError);
    try {
      buildDeadlineData(badRules, badHolidays);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('rules.0.confidence');
      expect(message).toContain('days.0.date');
    }
  });
});
