/**
 * Issue 12, acceptance 2: for every rule and every start date 2024–2030, the due date with the
 * recess "unsure" is never later than with the recess "taken", and never later than the date
 * with every uncertain extension removed. The latter is computed here, independently of the
 * engine's code paths, from the statute's plain arithmetic: the period's raw end (notification
 * day not counted; the first day of detention counted), moved to the next working day only
 * where the rule extends over weekends and holidays (İYUK 8(2)) — no recess (İYUK 8(3)), no
 * disputed extension (Constitutional Court), and for an early-opened e-notification, counting
 * from the opening.
 */
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src-main/domain/deadlines/civil-date';
import { compute } from '../../../src-main/domain/deadlines/compute';
import type { DeadlineRule, DeadlineStart, RecessChoice } from '../../../src-main/shared/schemas/deadlines';
import { calendar, data } from './data';

const FIRST = '2024-01-01';
const LAST = '2030-12-31';

function withoutUncertainExtensions(rule: DeadlineRule, from: string, firstDayCounts: boolean): string {
  const period = rule.period;
  if (!period) throw new Error('no period');
  let end: string;
  if (period.unit === 'days') end = addDays(from, firstDayCounts ? period.amount - 1 : period.amount);
  else {
    const { date } = addMonths(from, period.amount);
    end = firstDayCounts ? addDays(date, -1) : date;
  }
  if (rule.onNonWorkingLastDay !== 'extends') return end;
  while (!calendar.isWorkingDay(end)) end = addDays(end, 1);
  return end;
}

const computable = data.rules.filter((r) => r.period !== null);

function startsOn(rule: DeadlineRule, day: string): { start: DeadlineStart; from: string; firstDayCounts: boolean }[] {
  if (rule.startsFrom === 'detention-start') {
    return [{ start: { kind: 'detention', startedOn: day }, from: day, firstDayCounts: true }];
  }
  return [
    { start: { kind: 'notification', date: day }, from: day, firstDayCounts: false },
    // Opened the day after delivery: the statutory date would be later; the engine must not use it.
    {
      start: { kind: 'e-notification', deliveredOn: day, openedOn: addDays(day, 1) },
      from: addDays(day, 1),
      firstDayCounts: false,
    },
  ];
}

describe('issue 12 acceptance 2: never later than the law (every rule × every start date 2024–2030)', () => {
  it('covers every rule with a period', () => {
    expect(computable.map((r) => r.id)).toEqual(
      expect.arrayContaining(['removal-appeal', 'tp-decision', 'residence-permit', 'istinaf', 'aym-individual']),
    );
    expect(computable.length).toBe(data.rules.filter((r) => r.period).length);
  });

  it.each(computable.map((r) => [r.id, r] as const))(
    '%s: unsure ≤ taken, not-taken ≤ taken, unsure ≤ every uncertain extension removed',
    (_id, rule) => {
      const failures: string[] = [];
      let checked = 0;
      for (let day = FIRST; day <= LAST; day = addDays(day, 1)) {
        for (const { start, from, firstDayCounts } of startsOn(rule, day)) {
          const due = (recess: RecessChoice) => compute(rule, start, { calendar, recess }).due;
          const unsure = due('unsure');
          const taken = due('taken');
          const notTaken = due('not-taken');
          const strict = withoutUncertainExtensions(rule, from, firstDayCounts);
          if (unsure > taken) failures.push(`${JSON.stringify(start)}: unsure ${unsure} > taken ${taken}`);
          if (notTaken > taken) failures.push(`${JSON.stringify(start)}: not-taken ${notTaken} > taken ${taken}`);
          if (unsure > strict) failures.push(`${JSON.stringify(start)}: unsure ${unsure} > strict ${strict}`);
          checked++;
        }
      }
      expect(failures.slice(0, 5)).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(2557);
    },
  );

  it('the recess does make a difference somewhere (the comparison is not vacuous)', () => {
    const tp = data.ruleById('tp-decision');
    if (!tp) throw new Error('tp-decision');
    const start: DeadlineStart = { kind: 'notification', date: '2027-06-01' };
    expect(compute(tp, start, { calendar, recess: 'taken' }).due > compute(tp, start, { calendar }).due).toBe(true);
  });
});
