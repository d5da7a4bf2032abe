import { useCallback } from 'react';
import { loadable, useInvalidate, useInvokeQuery } from '../../api/query';
import type { ChannelOutput } from '@shared/contract';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { localCivilDate } from '../../components/format';

export type CaseRecord = ChannelOutput<'cases:get'>;

/**
 * The case and its timeline, two cached reads refetched on their own: adding a note refreshes
 * the timeline only, a conflict on the case the case only. Keys carry the case id, so an answer
 * for another case never shows here.
 */
export function useCaseData(caseId: string) {
  const record = loadable(useInvokeQuery('cases:get', { id: caseId }));
  const timeline = loadable(useInvokeQuery('timeline:list', { caseId }, { select: (v) => v.items }));
  const invalidate = useInvalidate();
  const reloadCase = useCallback(() => invalidate(['cases:get']), [invalidate]);
  const reloadTimeline = useCallback(() => invalidate(['timeline:list']), [invalidate]);
  return { record, timeline, reloadCase, reloadTimeline };
}

/** Newest first. Dated entries (activities, time) and timestamped ones (notes, tasks) are
 * compared by day first, then by time, so "today's" activity does not sink below yesterday's note. */
export function sortTimeline(items: readonly TimelineItem[]): TimelineItem[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => {
      const day = localDay(b.item.at).localeCompare(localDay(a.item.at));
      if (day !== 0) return day;
      const full = b.item.at.localeCompare(a.item.at);
      return full !== 0 ? full : b.order - a.order;
    })
    .map(({ item }) => item);
}

/** A timestamp's day in the lawyer's time zone (a note at 01:00 local time is "today", not UTC's yesterday). */
function localDay(at: string): string {
  return at.includes('T') ? localCivilDate(new Date(at)) : at.slice(0, 10);
}

/** The earliest due date among open tasks, for the header's countdown. */
export function nextOpenTask(items: readonly TimelineItem[]) {
  let next: Extract<TimelineItem, { type: 'task' }> | undefined;
  for (const item of items) {
    if (item.type !== 'task' || item.doneAt !== null || item.dueOn === null) continue;
    if (!next || (next.dueOn !== null && item.dueOn < next.dueOn)) next = item;
  }
  return next;
}
