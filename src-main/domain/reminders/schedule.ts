import { addDays } from '../deadlines/civil-date';

/**
 * When reminders fire, as data: the defaults are three days before, one day before and the
 * morning of the day (UX.md). Times are local wall-clock 'HH:mm' (Türkiye has a single time
 * zone and no daylight saving since 2016, so local time is unambiguous for our users).
 */
export type ReminderLead = 'three-days' | 'one-day' | 'same-day';

export interface LeadTime {
  lead: ReminderLead;
  daysBefore: number;
  at: string;
}

export const DEFAULT_LEADS: readonly LeadTime[] = [
  { lead: 'three-days', daysBefore: 3, at: '09:00' },
  { lead: 'one-day', daysBefore: 1, at: '09:00' },
  { lead: 'same-day', daysBefore: 0, at: '08:00' },
];

/**
 * The lawyer's own aids get fewer reminders: an internal target the day before and on the day;
 * a monthly detention review on the day.
 */
const LEADS_BY_KIND: Partial<Record<RemindableItem['kind'], readonly LeadTime[]>> = {
  internal: DEFAULT_LEADS.filter((l) => l.lead !== 'three-days'),
  review: DEFAULT_LEADS.filter((l) => l.lead === 'same-day'),
};

export interface RemindableItem {
  /** Unique per reminder series: an internal target uses `<deadline id>:internal`. */
  id: string;
  kind: 'deadline' | 'hearing' | 'internal' | 'review';
  /** 'YYYY-MM-DD' */
  date: string;
  /** Only when the lawyer opted in to see it; never a name. */
  caseNumber?: string | null;
}

export interface DueReminder {
  item: RemindableItem;
  lead: ReminderLead;
  /** Every lead now due for this item, including superseded ones, to be recorded as handled. */
  handled: ReminderLead[];
}

/**
 * Which reminders to send now. An item gets at most one notification per call: the latest lead
 * that is due and not yet sent (after a laptop was closed for two days, "due tomorrow" beats a
 * stale "due in 3 days"). Items whose date has passed get none: the agenda shows them as overdue.
 */
export function dueReminders(
  items: readonly RemindableItem[],
  nowLocal: string,
  alreadySent: ReadonlySet<string>,
  leads: readonly LeadTime[] = DEFAULT_LEADS,
): DueReminder[] {
  const today = nowLocal.slice(0, 10);
  const out: DueReminder[] = [];
  for (const item of items) {
    if (item.date < today) continue;
    const due = (LEADS_BY_KIND[item.kind] ?? leads)
      .map((l) => ({ lead: l.lead, fireAt: `${addDays(item.date, -l.daysBefore)}T${l.at}` }))
      .filter((l) => l.fireAt <= nowLocal && !alreadySent.has(sentKey(item.id, l.lead)))
      .sort((a, b) => (a.fireAt < b.fireAt ? -1 : 1));
    const latest = due[due.length - 1];
    if (latest) out.push({ item, lead: latest.lead, handled: due.map((d) => d.lead) });
  }
  return out;
}

export const sentKey = (itemId: string, lead: ReminderLead): string => `${itemId}:${lead}`;

const TEXT = {
  tr: {
    deadline: {
      'three-days': '3 gün içinde son günü gelen bir süre var',
      'one-day': 'Yarın son günü olan bir süre var',
      'same-day': 'Bugün son günü olan bir süre var',
    },
    hearing: {
      'three-days': '3 gün içinde bir duruşma var',
      'one-day': 'Yarın bir duruşma var',
      'same-day': 'Bugün bir duruşma var',
    },
    internal: {
      'three-days': '3 gün içinde bir iç süre doluyor',
      'one-day': 'Yarın bir iç süre doluyor (yasal son gün daha sonra)',
      'same-day': 'Bugün bir iç süre doluyor (yasal son gün daha sonra)',
    },
    review: {
      'three-days': '3 gün içinde idari gözetimin aylık gözden geçirme günü',
      'one-day': 'Yarın idari gözetimin aylık gözden geçirme günü',
      'same-day': 'Bugün idari gözetimin aylık gözden geçirme günü (YUKK m. 57/4)',
    },
    open: "Emanet'i açın",
  },
  en: {
    deadline: {
      'three-days': 'A deadline is due in 3 days',
      'one-day': 'A deadline is due tomorrow',
      'same-day': 'A deadline is due today',
    },
    hearing: {
      'three-days': 'A hearing is in 3 days',
      'one-day': 'A hearing is tomorrow',
      'same-day': 'A hearing is today',
    },
    internal: {
      'three-days': 'An internal deadline is in 3 days',
      'one-day': 'An internal deadline is tomorrow (the legal last day is later)',
      'same-day': 'An internal deadline is today (the legal last day is later)',
    },
    review: {
      'three-days': 'A monthly detention review is in 3 days',
      'one-day': 'A monthly detention review is tomorrow',
      'same-day': 'A monthly detention review is due today (YUKK art. 57(4))',
    },
    open: 'open Emanet',
  },
} as const;

/**
 * Neutral by default: a notification can appear on a locked screen or a projector, so it never
 * names a client. The case number is added only when the lawyer opted in.
 */
export function reminderText(reminder: DueReminder, language: 'tr' | 'en', showCaseNumber: boolean): string {
  const t = TEXT[language];
  const number = showCaseNumber && reminder.item.caseNumber ? ` (${reminder.item.caseNumber})` : '';
  return `${t[reminder.item.kind][reminder.lead]}${number} — ${t.open}`;
}
