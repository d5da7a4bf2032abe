import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';
import type { DeadlinePreview } from '@shared/schemas/deadline-views';
import type { DeadlineStart, RecessChoice } from '@shared/schemas/deadlines';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; preview: DeadlinePreview }
  | { kind: 'error'; error: AppErrorShape };

type Answer = { kind: 'ready'; preview: DeadlinePreview } | { kind: 'error'; error: AppErrorShape };

const DEBOUNCE_MS = 200;

export interface PreviewOptions {
  recess?: RecessChoice | undefined;
  /** The lawyer's internal target in working days; shown with the date when given. */
  internalWorkingDays?: number | undefined;
}

/**
 * The live computation shown before saving. Debounced so typing a date does not fire a call
 * per keystroke. Each answer is stored with the input it answers, so an answer for an older
 * input reads as "loading" and the screen never shows a stale date.
 */
export function usePreview(
  ruleId: string | null,
  start: DeadlineStart | null,
  options: PreviewOptions = {},
): PreviewState {
  const [answer, setAnswer] = useState<{ key: string; value: Answer } | null>(null);
  const { recess, internalWorkingDays } = options;
  const key = ruleId && start ? JSON.stringify([ruleId, start, recess, internalWorkingDays]) : null;
  useEffect(() => {
    if (!key || !ruleId || !start) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void invoke('deadlines:preview', {
        ruleId,
        start,
        ...(recess ? { recess } : {}),
        ...(internalWorkingDays !== undefined ? { internalWorkingDays } : {}),
      }).then((result) => {
        if (!current) return;
        setAnswer({
          key,
          value: result.ok ? { kind: 'ready', preview: result.value } : { kind: 'error', error: result.error },
        });
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `key` stands for ruleId, start and options: the objects are rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!key) return { kind: 'idle' };
  return answer?.key === key ? answer.value : { kind: 'loading' };
}
