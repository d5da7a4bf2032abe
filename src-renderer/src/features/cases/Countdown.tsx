import { formatDate, localCivilDate } from '../../components/format';
import { DaysLeft } from '../deadlines/DaysLeft';
import { daysBetween } from '../deadlines/dates';

/**
 * A task's due date as the deadlines show theirs ("3 gün kaldı", "2 gün gecikti", "Bugün son
 * gün", coloured alike), with the date beside it: one wording and one colour scale for
 * everything that falls due.
 */
export function Countdown({ dueOn, withDate = true }: { dueOn: string; withDate?: boolean }) {
  return (
    <span className="case-countdown" data-testid="countdown">
      <DaysLeft daysLeft={daysBetween(localCivilDate(), dueOn)} />
      {withDate ? <span className="case-subtle"> ({formatDate(dueOn)})</span> : null}
    </span>
  );
}
