import ical from 'ical-generator';
import { formatDdMmYyyy } from '../../domain/deadlines/civil-date';
import type { Language } from '../../shared/schemas/vault';
import { todayOf, type CasefileDeps } from '../casefile/context';
import type { DeadlineData } from '../deadline-data';
import { writeFileAtomic } from '../../storage/atomic-write';
import { esasOf, openDeadlines, openHearings, openReviews } from './open-items';

export interface AgendaIcsOptions {
  /** Opt-in: court file numbers (esas) and the court's name. Never a client's name or a case title. */
  withFileNumbers: boolean;
  language: Language;
}

export interface AgendaIcs {
  text: string;
  events: number;
  /** A bare file name to offer in the save dialog. */
  fileName: string;
}

/** One calendar entry before it becomes iCalendar text; every field here is neutral. */
export interface IcsEntry {
  uid: string;
  /** 'YYYY-MM-DD' (all day) or 'YYYY-MM-DDTHH:mm' (local wall-clock time). */
  at: string;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
}

const WORDS = {
  tr: {
    due: 'Son gün',
    manual: 'elle girilen süre',
    internal: 'İç süre',
    legalDue: 'yasal son gün',
    review: 'Aylık gözden geçirme: idari gözetim (YUKK m. 57/4)',
    hearing: { hearing: 'Duruşma', 'e-hearing': 'e-Duruşma', 'site-visit': 'Keşif' } as Record<string, string>,
    basis: 'Dayanak',
    file: 'emanet-takvim',
  },
  en: {
    due: 'Due',
    manual: 'manual deadline',
    internal: 'Internal deadline',
    legalDue: 'legal last day',
    review: 'Monthly review: administrative detention (YUKK art. 57(4))',
    hearing: { hearing: 'Hearing', 'e-hearing': 'e-Hearing', 'site-visit': 'Site visit' } as Record<string, string>,
    basis: 'Basis',
    file: 'emanet-calendar',
  },
} as const;

const HEARING_MINUTES = 60;

/** iCalendar text for the entries: all-day events for dates, floating local times for hearings. */
export function buildIcs(entries: readonly IcsEntry[], stampMs: number): string {
  const calendar = ical({ name: 'Emanet', prodId: { company: 'emanet', product: 'agenda' } });
  for (const e of entries) {
    const [y, m, d] = e.at.slice(0, 10).split('-').map(Number);
    const stamp = new Date(stampMs);
    if (e.at.length === 10) {
      // UTC midnight: ical-generator formats an all-day date with UTC getters, so no time zone can shift it.
      calendar.createEvent({
        id: e.uid,
        start: new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)),
        allDay: true,
        summary: e.summary,
        description: e.description ?? null,
        location: e.location ?? null,
        stamp,
      });
    } else {
      // Floating time: 14:30 on the phone is 14:30 in the courthouse (Türkiye has one time zone).
      const [hh, mm] = e.at.slice(11, 16).split(':').map(Number);
      const start = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0));
      calendar.createEvent({
        id: e.uid,
        start,
        end: new Date(start.getTime() + HEARING_MINUTES * 60_000),
        floating: true,
        summary: e.summary,
        description: e.description ?? null,
        location: e.location ?? null,
        stamp,
      });
    }
  }
  return calendar.toString();
}

/**
 * The open agenda as calendar entries: deadlines (open, overdue included), internal targets and
 * monthly reviews from today on, hearings from today on. Titles come from the rule names and
 * fixed words only — a manual deadline's own title, a case title and a task can hold a client's
 * name, so none of them is used.
 */
export async function agendaEntries(
  deps: CasefileDeps,
  data: () => DeadlineData,
  options: AgendaIcsOptions,
): Promise<IcsEntry[]> {
  const db = deps.db();
  const today = todayOf(deps);
  const w = WORDS[options.language];
  const [deadlines, reviews, hearings] = await Promise.all([
    openDeadlines(db)
      .select(['d.id', 'd.rule_id', 'd.due_on', 'd.internal_due_on', 'c.file_numbers'])
      .orderBy('d.due_on')
      .execute(),
    openReviews(db)
      .select(['r.id', 'r.due_on', 'c.file_numbers'])
      .where('r.due_on', '>=', today)
      .orderBy('r.due_on')
      .execute(),
    openHearings(db)
      .select(['h.id', 'h.kind', 'h.starts_at', 'h.court', 'h.file_number', 'c.file_numbers'])
      .where('h.starts_at', '>=', today)
      .orderBy('h.starts_at')
      .execute(),
  ]);
  const number = (fileNumbers: string, own?: string | null): string =>
    options.withFileNumbers ? ((n) => (n ? ` (${n})` : ''))(own ?? esasOf(fileNumbers)) : '';
  const ruleName = (id: string | null): string => {
    const rule = id ? data().ruleById(id) : undefined;
    if (!rule) return w.manual;
    return options.language === 'tr' ? rule.nameTr : rule.nameEn;
  };
  const basis = (id: string | null): string | undefined => {
    const rule = id ? data().ruleById(id) : undefined;
    return rule ? `${w.basis}: ${options.language === 'tr' ? rule.legalBasisTr : rule.legalBasisEn}` : undefined;
  };

  const entries: IcsEntry[] = [];
  for (const d of deadlines) {
    entries.push({
      uid: `deadline-${d.id}@emanet`,
      at: d.due_on,
      summary: `${w.due}: ${ruleName(d.rule_id)}${number(d.file_numbers)}`,
      description: basis(d.rule_id),
    });
    if (d.internal_due_on && d.internal_due_on >= today) {
      entries.push({
        uid: `internal-${d.id}@emanet`,
        at: d.internal_due_on,
        summary: `${w.internal}: ${ruleName(d.rule_id)}${number(d.file_numbers)}`,
        description: `${w.legalDue}: ${formatDdMmYyyy(d.due_on)}`,
      });
    }
  }
  for (const r of reviews) {
    entries.push({ uid: `review-${r.id}@emanet`, at: r.due_on, summary: `${w.review}${number(r.file_numbers)}` });
  }
  for (const h of hearings) {
    entries.push({
      uid: `hearing-${h.id}@emanet`,
      at: h.starts_at,
      summary: `${w.hearing[h.kind] ?? w.hearing.hearing}${number(h.file_numbers, h.file_number)}`,
      location: options.withFileNumbers ? (h.court ?? undefined) : undefined,
    });
  }
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export function createAgendaIcs(deps: CasefileDeps, data: () => DeadlineData) {
  return async (options: AgendaIcsOptions): Promise<AgendaIcs> => {
    const entries = await agendaEntries(deps, data, options);
    return {
      text: buildIcs(entries, deps.clock.now()),
      events: entries.length,
      fileName: `${WORDS[options.language].file}-${todayOf(deps)}.ics`,
    };
  };
}

/**
 * Writes the calendar file where the lawyer chose (temp file, fsync, rename: never half a file).
 * The save dialog has already asked before replacing an existing file.
 */
export function writeIcsFile(destination: string, ics: AgendaIcs): Promise<void> {
  return writeFileAtomic(destination, ics.text);
}
