import { useCallback, useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import type { TimelineItem } from '@shared/schemas/casefile-views';
import { todayIso } from './format';

export type CaseRecord = ChannelOutput<'cases:get'>;

type Loadable<T> = { kind: 'loading' } | { kind: 'error'; error: AppErrorShape } | { kind: 'ready'; value: T };

/**
 * The case and its timeline, each reloadable on its own: adding a note reloads the timeline
 * only, a conflict on the case reloads the case only. Answers for another case id (the lawyer
 * navigated on while a request was out) are dropped.
 */
export function useCaseData(caseId: string) {
  const [record, setRecord] = useState<Loadable<CaseRecord>>({ kind: 'loading' });
  const [timeline, setTimeline] = useState<Loadable<readonly TimelineItem[]>>({ kind: 'loading' });

  const reloadCase = useCallback(async (): Promise<void> => {
    const result = await invoke('cases:get', { id: caseId });
    setRecord(result.ok ? { kind: 'ready', value: result.value } : { kind: 'error', error: result.error });
  }, [caseId]);

  const reloadTimeline = useCallback(async (): Promise<void> => {
    const result = await invoke('timeline:list', { caseId });
    setTimeline(result.ok ? { kind: 'ready', value: result.value.items } : { kind: 'error', error: result.error });
  }, [caseId]);

  // The router mounts a fresh page per case id, so loading starts from the initial state.
  useEffect(() => {
    let current = true;
    void (async () => {
      const [c, tl] = await Promise.all([invoke('cases:get', { id: caseId }), invoke('timeline:list', { caseId })]);
      if (!current) return;
      setRecord(c.ok ? { kind: 'ready', value: c.value } : { kind: 'error', error: c.error });
      setTimeline(tl.ok ? { kind: 'ready', value: tl.value.items } : { kind: 'error', error: tl.error });
    })();
    return () => {
      current = false;
    };
  }, [caseId]);

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
  return at.includes('T') ? todayIso(new Date(at)) : at.slice(0, 10);
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
