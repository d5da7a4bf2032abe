import { dueReminders, reminderText, sentKey, type RemindableItem } from '../../domain/reminders/schedule';
import { addDays } from '../../domain/deadlines/civil-date';
import { nowIso, todayOf, type CasefileDeps } from '../casefile/context';
import { getSettings } from '../settings-service';

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
        db
          .selectFrom('case_deadline as d')
          .innerJoin('legal_case as c', 'c.id', 'd.case_id')
          .select(['d.id', 'd.due_on', 'c.file_numbers'])
          .where('d.done_at', 'is', null)
          .where('c.deleted_at', 'is', null)
          .where('d.due_on', '>=', today)
          .where('d.due_on', '<=', horizon)
          .execute(),
        db
          .selectFrom('case_deadline as d')
          .innerJoin('legal_case as c', 'c.id', 'd.case_id')
          .select(['d.id', 'd.internal_due_on', 'c.file_numbers'])
          .where('d.done_at', 'is', null)
          .where('c.deleted_at', 'is', null)
          .where('d.internal_due_on', '>=', today)
          .where('d.internal_due_on', '<=', horizon)
          .execute(),
        db
          .selectFrom('case_reminder as r')
          .innerJoin('case_deadline as d', 'd.id', 'r.deadline_id')
          .innerJoin('legal_case as c', 'c.id', 'r.case_id')
          .select(['r.id', 'r.due_on', 'c.file_numbers'])
          .where('r.done_at', 'is', null)
          .where('d.done_at', 'is', null)
          .where('c.deleted_at', 'is', null)
          .where('r.due_on', '>=', today)
          .where('r.due_on', '<=', horizon)
          .execute(),
        db
          .selectFrom('hearing as h')
          .innerJoin('legal_case as c', 'c.id', 'h.case_id')
          .select(['h.id', 'h.starts_at', 'c.file_numbers'])
          .where('h.done_at', 'is', null)
          .where('c.deleted_at', 'is', null)
          .where('h.starts_at', '>=', today)
          .where('h.starts_at', '<=', `${horizon}T23:59`)
          .execute(),
        db.selectFrom('reminder_sent').select(['item_id', 'lead']).execute(),
        getSettings(db),
      ]);
      const caseNumber = (fileNumbers: string) =>
        (JSON.parse(fileNumbers) as Array<{ kind: string; value: string }>).find((f) => f.kind === 'esas')?.value ??
        null;
      const items: RemindableItem[] = [
        ...deadlines.map((d) => ({
          id: d.id,
          kind: 'deadline' as const,
          date: d.due_on,
          caseNumber: caseNumber(d.file_numbers),
        })),
        ...internals.map((d) => ({
          id: `${d.id}:internal`,
          kind: 'internal' as const,
          date: d.internal_due_on ?? today,
          caseNumber: caseNumber(d.file_numbers),
        })),
        ...reviews.map((r) => ({
          id: r.id,
          kind: 'review' as const,
          date: r.due_on,
          caseNumber: caseNumber(r.file_numbers),
        })),
        ...hearings.map((h) => ({
          id: h.id,
          kind: 'hearing' as const,
          date: h.starts_at.slice(0, 10),
          caseNumber: caseNumber(h.file_numbers),
        })),
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
