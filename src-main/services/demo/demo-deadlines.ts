import { addDays } from '../../domain/deadlines/civil-date';
import type { Casefile } from '../casefile';
import type { Clock } from '../clock';
import type { DeadlineService } from '../deadlines/deadline-service';

/**
 * Gives the demo a living agenda: for the open cases whose type has a notification-based rule,
 * a deadline computed from a recent notification date (a few already past, most in the coming
 * weeks) and a hearing now and then. Written through the deadline service like real ones.
 */
export async function addDemoDeadlines(casefile: Casefile, deadlines: DeadlineService, clock: Clock): Promise<number> {
  const today = new Date(clock.now()).toLocaleDateString('sv-SE');
  const { rows } = await casefile.cases.list({ status: 'active', offset: 0, limit: 60 });
  let added = 0;
  for (const [i, c] of rows.entries()) {
    const ruleId = deadlines.defaultRuleFor(c.type);
    if (!ruleId) continue;
    // Spread notification dates over the last three weeks; deterministic for a given list.
    const notifiedOn = addDays(today, -((i * 5) % 21) - 1);
    if (notifiedOn < c.openedOn) continue;
    await deadlines.add({ caseId: c.id, ruleId, start: { kind: 'notification', date: notifiedOn } });
    added++;
    if (i % 4 === 0) {
      await deadlines.addHearing({
        caseId: c.id,
        kind: i % 8 === 0 ? 'e-hearing' : 'hearing',
        court: 'İstanbul 3. İdare Mahkemesi',
        startsAt: `${addDays(today, (i % 9) + 1)}T${String(9 + (i % 6)).padStart(2, '0')}:30`,
        hall: `${(i % 5) + 1}. salon`,
      });
    }
  }
  return added;
}
