import type { ShellCommand } from '../shared/channels/shell';
import type { Clock } from './clock';

/**
 * Commands from the desktop menu for the window (see shared/channels/shell.ts). The renderer
 * waits in `next()`; a command posted while nobody waits is kept for a few seconds only, so a
 * "Back up now" clicked while the window was busy elsewhere does not fire minutes later.
 */
export interface ShellCommands {
  /** Hands the command to every waiting call, or keeps it briefly for the next one. */
  post(command: ShellCommand): void;
  /** The next command, or null after a while (the renderer then asks again). */
  next(): Promise<ShellCommand | null>;
  /** Forgets kept commands and answers every waiting call with null (on lock). */
  clear(): void;
}

export interface ShellCommandOptions {
  clock: Clock;
  /** How long one `next()` waits before answering null. */
  waitMs?: number;
  /** How long a command nobody waited for stays deliverable. */
  keepMs?: number;
}

/** A renderer asks once at a time; more waiters than this can only be a page misbehaving. */
const MAX_WAITERS = 4;

export function createShellCommands({ clock, waitMs = 25_000, keepMs = 5_000 }: ShellCommandOptions): ShellCommands {
  let kept: Array<{ command: ShellCommand; at: number }> = [];
  const waiters = new Set<{ resolve: (command: ShellCommand | null) => void; timer: NodeJS.Timeout }>();

  const answer = (
    waiter: { resolve: (c: ShellCommand | null) => void; timer: NodeJS.Timeout },
    command: ShellCommand | null,
  ) => {
    clearTimeout(waiter.timer);
    waiters.delete(waiter);
    waiter.resolve(command);
  };

  return {
    post(command) {
      if (waiters.size > 0) {
        for (const waiter of [...waiters]) answer(waiter, command);
        return;
      }
      kept = [...kept.filter((k) => k.command !== command), { command, at: clock.now() }];
    },
    next() {
      const now = clock.now();
      kept = kept.filter((k) => now - k.at <= keepMs);
      const first = kept.shift();
      if (first) return Promise.resolve(first.command);
      if (waiters.size >= MAX_WAITERS) {
        const oldest = waiters.values().next().value;
        if (oldest) answer(oldest, null);
      }
      return new Promise((resolve) => {
        const waiter = { resolve, timer: setTimeout(() => answer(waiter, null), waitMs) };
        // A waiting renderer must not keep the process alive at quit.
        waiter.timer.unref();
        waiters.add(waiter);
      });
    },
    clear() {
      kept = [];
      for (const waiter of [...waiters]) answer(waiter, null);
    },
  };
}
