import { randomBytes } from 'node:crypto';
import { AppError, type AppErrorShape } from '../../shared/errors';

export type JobPhase = 'starting' | 'snapshot' | 'copy' | 'verify' | 'done';

export interface JobStatus<R> {
  phase: JobPhase;
  done: number;
  total: number;
  finished: boolean;
  cancelled: boolean;
  result?: R;
  error?: AppErrorShape;
}

export interface JobContext {
  signal: AbortSignal;
  progress: (phase: JobPhase, done: number, total: number) => void;
}

/**
 * Long operations (backup, verify, restore) behind request/response IPC: `start` returns an id
 * at once and the renderer polls `get`. The store is small and bounded: a lawyer runs one or two
 * of these at a time, and a renderer that never polls again must not make us hold results forever.
 */
export interface JobStore<R> {
  start(run: (context: JobContext) => Promise<R>): string;
  get(jobId: string): JobStatus<R>;
  cancel(jobId: string): void;
  /** Aborts everything running and forgets every job (on lock: results name files and counts). */
  dropAll(): void;
}

interface Job<R> {
  status: JobStatus<R>;
  controller: AbortController;
}

/** At most this many jobs are remembered; finished ones make room first, running ones never. */
export const MAX_JOBS = 4;

const UNEXPECTED: AppErrorShape = { code: 'INTERNAL', message: 'Something went wrong' };

export function createJobStore<R>(options: { onUnexpected?: (error: unknown) => void } = {}): JobStore<R> {
  const jobs = new Map<string, Job<R>>();

  const makeRoom = (): void => {
    for (const [id, job] of jobs) {
      if (jobs.size < MAX_JOBS) return;
      if (job.status.finished) jobs.delete(id);
    }
    if (jobs.size >= MAX_JOBS) throw new AppError('CONFLICT', 'Too many backup jobs are running');
  };

  const find = (jobId: string): Job<R> => {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', 'No such job');
    return job;
  };

  return {
    start(run) {
      makeRoom();
      const jobId = randomBytes(16).toString('hex');
      const controller = new AbortController();
      const job: Job<R> = {
        controller,
        status: { phase: 'starting', done: 0, total: 0, finished: false, cancelled: false },
      };
      jobs.set(jobId, job);
      const progress = (phase: JobPhase, done: number, total: number): void => {
        if (!job.status.finished) job.status = { ...job.status, phase, done, total };
      };
      void run({ signal: controller.signal, progress }).then(
        (result) => {
          job.status = { ...job.status, phase: 'done', done: job.status.total, finished: true, result };
        },
        (error: unknown) => {
          // A cancelled job ends as cancelled whatever the abort surfaced as inside the service.
          if (controller.signal.aborted) job.status = { ...job.status, finished: true, cancelled: true };
          else if (error instanceof AppError) job.status = { ...job.status, finished: true, error: error.toShape() };
          else {
            options.onUnexpected?.(error);
            job.status = { ...job.status, finished: true, error: UNEXPECTED };
          }
        },
      );
      return jobId;
    },
    get: (jobId) => ({ ...find(jobId).status }),
    cancel(jobId) {
      const job = find(jobId);
      if (!job.status.finished) job.controller.abort();
    },
    dropAll() {
      for (const job of jobs.values()) job.controller.abort();
      jobs.clear();
    },
  };
}
