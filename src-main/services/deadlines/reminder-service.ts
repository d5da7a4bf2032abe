import { dueReminders, reminderText, sentKey, type RemindableItem } from '../../domain/reminders/schedule';
import { addDays } from '../../domain/deadlines/civil-date';
import { nowIso, todayOf, type CasefileDeps } from '../casefile/context';
import { getSettings } from '../settings-service';
import { esasOf, openDeadlines, openHearings, openReviews } from './open-items';

export interface Notifier {
  /** Shows a desktop notification (Electron's Notification in the shell; a list in tests). */
  show(notification: { title: string; body: string }): void;
}

/** Local wall-clock time 'YYYY-MM-DDTHH:mm' on this machine. */
function localMinute(ms: number): string {
  return new Date(ms).toLocaleString('sv-SE').slice(0, 16).replace(' ', 'T');
}

/**
 * Sends due reminders. Called every minute by the shell while the vault is open, and right
 * after unlock, so reminders missed while locked or asleep arrive as soon as possible.
 */
export function createReminderService(deps: CasefileDeps, notifier: Notifier, language: () => Promise<'tr' | 'en'>) {
  return {
    async tick(): Promise<number> {
      const db = deps.db();
      const today = todayOf(deps);
      const horizon = addDays(today, 3);
      const [deadlines, internals, reviews, hearings, sentRows, settings] = await Promise.all([
        openDeadlines(db)
          .select(['d.id', 'd.due_on as date', 'c.file_numbers'])
          .where((eb) => eb.between('d.due_on', today, horizon))
          .execute(),
        openDeadlines(db)
          .select(['d.id', 'd.internal_due_on as date', 'c.file_numbers'])
          .where((eb) => eb.between('d.internal_due_on', today, horizon))
          .execute(),
        openReviews(db)
          .select(['r.id', 'r.due_on as date', 'c.file_numbers'])
          .where((eb) => eb.between('r.due_on', today, horizon))
          .execute(),
        openHearings(db)
          .select(['h.id', 'h.starts_at as date', 'c.file_numbers'])
          .where((eb) => eb.between('h.starts_at', today, `${horizon}T23:59`))
          .execute(),
        db.selectFrom('reminder_sent').select(['item_id', 'lead']).execute(),
        getSettings(db),
      ]);
      const item =
        (kind: RemindableItem['kind'], suffix = '') =>
        (r: { id: string; date: string | null; file_numbers: string }): RemindableItem => ({
          id: `${r.id}${suffix}`,
          kind,
          date: (r.date ?? today).slice(0, 10),
          caseNumber: esasOf(r.file_numbers),
        });
      const items: RemindableItem[] = [
        ...deadlines.map(item('deadline')),
        ...internals.map(item('internal', ':internal')),
        ...reviews.map(item('review')),
        ...hearings.map(item('hearing')),
      ];
      const sent = new Set(sentRows.map((r) => sentKey(r.item_id, r.lead as Parameters<typeof sentKey>[1])));
      const due = dueReminders(items, localMinute(deps.clock.now()), sent);
      if (due.length === 0) return 0;
      const lang = await language();
      const at = nowIso(deps);
      // Record first: a crash between recording and showing loses one notification, never repeats it.
      await db
        .insertInto('reminder_sent')
        .values(due.flatMap((r) => r.handled.map((lead) => ({ item_id: r.item.id, lead, sent_at: at }))))
        .onConflict((oc) => oc.doNothing())
        .execute();
      for (const r of due)
        notifier.show({ title: 'Emanet', body: reminderText(r, lang, settings.reminderShowsCaseNumber) });
      return due.length;
    },
  };
}
