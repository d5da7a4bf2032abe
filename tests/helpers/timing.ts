import os from 'node:os';

/**
 * One scale for every timeout in the tests, so that a slow or shared machine gets more time
 * without anyone editing numbers: timeouts are limits for a hang, never measurements (timings
 * belong in `npm run bench`). 1 on an idle developer machine; at least 2 under CI; more when the
 * load average per core is high when the run starts (a loaded 2-core machine runs everything
 * several times slower); EMANET_TEST_TIME_SCALE sets it outright.
 */
export const TIME_SCALE = timeScale(process.env, os.loadavg()[0] ?? 0, os.availableParallelism());

export function timeScale(env: NodeJS.ProcessEnv, loadAverage: number, cores: number): number {
  const explicit = Number(env.EMANET_TEST_TIME_SCALE);
  if (Number.isFinite(explicit) && explicit > 0) return explicit;
  const floor = env.CI ? 2 : 1;
  const perCore = loadAverage / Math.max(1, cores);
  return Math.min(6, Math.max(floor, Math.ceil(perCore)));
}

/** `ms` on this machine: every explicit timeout in a test goes through this. */
export const scaled = (ms: number): number => Math.round(ms * TIME_SCALE);

/** Lets every pending callback and promise of this turn of the event loop run (not a timed wait). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
