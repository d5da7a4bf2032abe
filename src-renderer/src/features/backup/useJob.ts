import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelOutput } from '@shared/contract';
import type { AppErrorShape, Envelope } from '@shared/errors';

export type JobStatus = ChannelOutput<'backup:job'>;
export type JobResult = NonNullable<JobStatus['result']>;

/**
 * Where a long backup operation stands in the renderer. `choosing` covers the platform file
 * dialog (the start call only returns once the lawyer picked a file); `dialogCancelled` is the
 * lawyer closing that dialog, which is not an error.
 */
export type JobView =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'dialogCancelled' }
  | { kind: 'running'; jobId: string; status: JobStatus }
  | { kind: 'finished'; status: JobStatus }
  | { kind: 'failed'; error: AppErrorShape };

export interface JobChannels {
  poll: (jobId: string) => Promise<Envelope<JobStatus>>;
  cancel: (jobId: string) => Promise<unknown>;
}

/** ~4 updates a second: smooth enough for a progress bar, cheap enough over IPC. */
const POLL_MS = 250;

const START_STATUS: JobStatus = { phase: 'starting', done: 0, total: 0, finished: false, cancelled: false };

/**
 * Starts a job and polls it until it finishes. Invoke is request/response, so the backend keeps
 * the job's progress and we ask for it. A job still running when the screen goes away is
 * cancelled: nobody would see its result, and a backup nobody knows about is worse than none.
 */
export function useJob(channels: JobChannels) {
  const [view, setView] = useState<JobView>({ kind: 'idle' });
  const running = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const { poll, cancel: cancelJob } = channels;

  const follow = useCallback(
    (jobId: string): void => {
      const tick = async (): Promise<void> => {
        const answer = await poll(jobId);
        if (running.current !== jobId) return;
        if (!answer.ok) {
          running.current = null;
          return setView({ kind: 'failed', error: answer.error });
        }
        if (answer.value.finished) {
          running.current = null;
          return setView({ kind: 'finished', status: answer.value });
        }
        setView({ kind: 'running', jobId, status: answer.value });
        timer.current = window.setTimeout(() => void tick(), POLL_MS);
      };
      timer.current = window.setTimeout(() => void tick(), POLL_MS);
    },
    [poll],
  );

  const start = useCallback(
    async (begin: () => Promise<Envelope<{ cancelled: boolean; jobId?: string | undefined }>>): Promise<void> => {
      if (running.current) return;
      setView({ kind: 'choosing' });
      const answer = await begin();
      if (!answer.ok) return setView({ kind: 'failed', error: answer.error });
      const { jobId } = answer.value;
      if (answer.value.cancelled || !jobId) return setView({ kind: 'dialogCancelled' });
      running.current = jobId;
      setView({ kind: 'running', jobId, status: START_STATUS });
      follow(jobId);
    },
    [follow],
  );

  const cancel = useCallback((): void => {
    if (running.current) void cancelJob(running.current);
  }, [cancelJob]);

  const reset = useCallback((): void => setView({ kind: 'idle' }), []);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (running.current) void cancelJob(running.current);
      running.current = null;
    },
    [cancelJob],
  );

  return { view, start, cancel, reset, busy: view.kind === 'choosing' || view.kind === 'running' };
}

/** The error a job ended with, whether the start call or the job itself failed. */
export function failureOf(view: JobView): AppErrorShape | null {
  if (view.kind === 'failed') return view.error;
  if (view.kind === 'finished') return view.status.error ?? null;
  return null;
}
