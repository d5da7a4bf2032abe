/**
 * Shared by the deadline, agenda and demo specs: dates around today (the fixture clock runs
 * on real time, and the browser shares this machine's time zone), a notification date whose
 * removal-appeal deadline falls in "the next 7 days" whatever the holidays, and locators.
 */
import type { Page } from '@playwright/test';
import type { Language } from '../../src-main/shared/schemas/vault';
import { displayDay, isoDay, messages } from './cases-seed';
import type { VaultHarness } from './fixtures';
import { AgendaPage, type AgendaBucket } from './pages/agenda';
import { CasePage } from './pages/cases';

export { displayDay, isoDay, messages };

/** `2026-11-28` → `28.11.2026`. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

function daysFromToday(iso: string): number {
  const at = (s: string): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((at(iso) - at(isoDay(0))) / 86_400_000);
}

/**
 * A notification date (days ago) for which the engine's removal-appeal due date is 1–7 days
 * ahead, i.e. in the agenda's "next 7 days"; asked of the real engine so a bayram cannot
 * move it out of the bucket on the day the suite runs.
 */
export async function notificationForThisWeek(vault: VaultHarness): Promise<{ notified: string; due: string }> {
  for (const back of [1, 2, 3, 4, 5, 6]) {
    const notified = isoDay(-back);
    const preview = await vault.call('deadlines:preview', {
      ruleId: 'removal-appeal',
      start: { kind: 'notification', date: notified },
    });
    const ahead = daysFromToday(preview.due);
    if (ahead >= 1 && ahead <= 7) return { notified, due: preview.due };
  }
  throw new Error('no notification date in the last 6 days gives a removal-appeal due date in the next 7 days');
}

export async function goToAgenda(page: Page, lang: Language): Promise<void> {
  await new AgendaPage(page, lang).open();
}

/** The agenda's section for one bucket (overdue, today, week, later). */
export function agendaGroup(page: Page, bucket: AgendaBucket) {
  return new AgendaPage(page).group(bucket);
}

export function deadlinesSection(page: Page) {
  return new CasePage(page).deadlines;
}
