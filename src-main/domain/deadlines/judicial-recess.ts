import { type CivilDate, yearOf } from './civil-date';

/**
 * Judicial recess of the administrative courts: 20 July – 31 August (İYUK art. 61(1), first
 * sentence). Periods set by İYUK that would end inside it are extended by 7 days counted from
 * its end (İYUK art. 8(3)), i.e. to 7 September; after that the ordinary holiday/weekend rule
 * applies again. Courts outside the seat of their regional administrative court that are the
 * only administrative (or tax) court of their place take no recess (art. 61(1), second
 * sentence): whether a case's court does is the RecessChoice. The wording and its source are in
 * resources/deadline-rules.json (`judicialRecess`); a test keeps these constants equal to it.
 */
export const RECESS_FIRST_DAY = '07-20';
export const RECESS_LAST_DAY = '08-31';
export const RECESS_EXTENDED_TO = '09-07';

export function isInJudicialRecess(date: CivilDate): boolean {
  const monthDay = date.slice(5);
  return monthDay >= RECESS_FIRST_DAY && monthDay <= RECESS_LAST_DAY;
}

export function recessExtendedDate(date: CivilDate): CivilDate {
  return `${yearOf(date)}-${RECESS_EXTENDED_TO}`;
}
