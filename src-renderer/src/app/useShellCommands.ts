import { useEffect, useEffectEvent } from 'react';
import { invoke } from '../api/client';
import type { ShellCommand } from '@shared/channels/shell';

const RETRY_MS = 5_000;

/**
 * Commands from the desktop menu (Lock, Back up now, Hide screen). The preload offers only
 * `invoke`, so the page asks `shell:nextCommand` and the main process answers when the lawyer
 * picks an item (or after a while with null, and the page asks again). Runs while unlocked;
 * a lock answers the waiting call and the next one is refused, which ends the loop.
 */
export function useShellCommands(onCommand: (command: ShellCommand) => void): void {
  const handle = useEffectEvent(onCommand);
  useEffect(() => {
    let stopped = false;
    void (async () => {
      while (!stopped) {
        const answer = await invoke('shell:nextCommand', {});
        if (stopped) return;
        if (answer.ok) {
          if (answer.value.command) handle(answer.value.command);
          continue;
        }
        if (answer.error.code === 'LOCKED') return;
        // Anything else (the browser harness has no menu of its own): ask again later, never in a tight loop.
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    })();
    return () => {
      stopped = true;
    };
  }, []);
}
