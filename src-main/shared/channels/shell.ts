import { z } from 'zod';

/**
 * What the desktop menu (or a global shortcut) asks the window to do. The preload exposes only
 * `invoke`, so the main process cannot push: the renderer asks for the next command and the
 * answer arrives when the lawyer picks a menu item (or after a while, with `null`, and it asks
 * again). Every command is idempotent, so one that also reached the page as a key press is harmless.
 */
export const SHELL_COMMANDS = ['lock', 'backupNow', 'hideScreen'] as const;
export const shellCommandSchema = z.enum(SHELL_COMMANDS);
export type ShellCommand = z.infer<typeof shellCommandSchema>;

export const shellChannels = {
  'shell:nextCommand': {
    input: z.object({}).strict(),
    output: z.object({ command: shellCommandSchema.nullable() }),
    // Waiting for the next menu command is not the lawyer doing anything.
    background: true,
  },
} as const;
