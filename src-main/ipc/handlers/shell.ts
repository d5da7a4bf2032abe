import type { ShellCommands } from '../../services/shell-commands';
import type { shellChannels } from '../../shared/channels/shell';
import type { HandlersOf } from '../router';

/** The handlers behind shared/channels/shell.ts: desktop-menu commands waiting for the window. */
export function createShellHandlers(shellCommands: ShellCommands): HandlersOf<typeof shellChannels> {
  return {
    'shell:nextCommand': async () => ({ command: await shellCommands.next() }),
  };
}
