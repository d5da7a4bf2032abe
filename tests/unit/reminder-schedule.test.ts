import { describe, expect, it } from 'vitest';
import { dueReminders, reminderText, sentKey } from '../../src-main/domain/reminders/schedule';

const item = { id: 'd1', kind: 'deadline' as const, date: '2027-05-20', caseNumber: '2027/481' };

describe('reminder schedule', () => {
  it.each([
    ['2027-05-17T08:59', []],
    ['2027-05-17T09:00', ['three-days']],
    ['2027-05-19T09:00', ['one-day']],
    ['2027-05-20T08:00', ['same-day']],
    ['2027-05-21T08:00', []],
  ])('at %s fires %j when nothing was sent', (now, leads) => {
    expect(dueReminders([item], now, new Set()).map((r) => r.lead)).toEqual(leads);
  });

  it('after a gap sends only the latest lead and marks the older ones handled', () => {
    const [r] = dueReminders([item], '2027-05-19T10:00', new Set());
    expect(r?.lead).toBe('one-day');
    expect(r?.handled).toEqual(['three-days', 'one-day']);
    expect(
      dueReminders([item], '2027-05-19T11:00', new Set([sentKey('d1', 'three-days'), sentKey('d1', 'one-day')])),
    ).toEqual([]);
  });

  it('is neutral unless the lawyer opts in to the case number', () => {
    const [r] = dueReminders([{ ...item, kind: 'hearing' }], '2027-05-20T08:00', new Set());
    expect(r && reminderText(r, 'tr', false)).toBe("Bugün bir duruşma var — Emanet'i açın");
    expect(r && reminderText(r, 'en', true)).toBe('A hearing is today (2027/481) — open Emanet');
  });
});

describe('reminders for the lawyer’s own aids (issue 12)', () => {
  it.each([
    ['2027-05-17T09:00', []],
    ['2027-05-19T09:00', ['one-day']],
    ['2027-05-20T08:00', ['same-day']],
  ])('an internal deadline: at %s fires %j (the day before and on the day)', (now, leads) => {
    const internal = { id: 'd1:internal', kind: 'internal' as const, date: '2027-05-20' };
    expect(dueReminders([internal], now, new Set()).map((r) => r.lead)).toEqual(leads);
  });

  it('a monthly detention review fires on its day only, neutrally (YUKK 57/4)', () => {
    const review = { id: 'r1', kind: 'review' as const, date: '2027-05-20' };
    expect(dueReminders([review], '2027-05-19T09:00', new Set())).toEqual([]);
    const [r] = dueReminders([review], '2027-05-20T08:00', new Set());
    expect(r && reminderText(r, 'tr', false)).toBe(
      "Bugün idari gözetimin aylık gözden geçirme günü (YUKK m. 57/4) — Emanet'i açın",
    );
  });
});
