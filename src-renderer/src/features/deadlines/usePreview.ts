import { useInvokeQuery } from '../../api/query';
import { useDebounced } from '../../components/useDebounced';
import type { ChannelInput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import type { DeadlinePreview } from '@shared/schemas/deadline-views';
import type { DeadlineStart, RecessChoice } from '@shared/schemas/deadlines';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; preview: DeadlinePreview }
  | { kind: 'error'; error: AppErrorShape };

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
  const { recess, internalWorkingDays } = options;
  const input: ChannelInput<'deadlines:preview'> | null =
    ruleId && start
      ? {
          ruleId,
          start,
          ...(recess ? { recess } : {}),
          ...(internalWorkingDays !== undefined ? { internalWorkingDays } : {}),
        }
      : null;
  const key = input ? JSON.stringify(input) : null;
  const settledKey = useDebounced(key, DEBOUNCE_MS);
  const settled = settledKey !== null && settledKey === key ? input : null;
  const preview = useInvokeQuery('deadlines:preview', settled);
  if (!key) return { kind: 'idle' };
  if (!settled) return { kind: 'loading' };
  if (preview.status === 'success') return { kind: 'ready', preview: preview.data };
  if (preview.status === 'error') return { kind: 'error', error: preview.error.shape };
  return { kind: 'loading' };
}
