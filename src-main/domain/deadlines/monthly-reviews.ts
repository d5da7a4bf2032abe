import { addMonths, type CivilDate } from './civil-date';

/**
 * YUKK art. 57(4): the governorate must review every month whether pre-removal detention is
 * still needed. The review dates a lawyer is reminded of: the same day each month after
 * detention began (clamped to the month's end), strictly before the maximum's last day.
 */
export function monthlyReviewDates(detentionStartedOn: CivilDate, maximumDue: CivilDate): CivilDate[] {
  const dates: CivilDate[] = [];
  for (let month = 1; month <= 24; month++) {
    const { date } = addMonths(detentionStartedOn, month);
    if (date >= maximumDue) break;
    dates.push(date);
  }
  return dates;
}
