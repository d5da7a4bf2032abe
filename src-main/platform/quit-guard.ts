import type { App } from 'electron';

/**
 * Quitting waits once for `shutdown` (lock the vault: automatic backup, close the database,
 * zero the keys), then quits for real. A second Quit while that runs (Cmd+Q pressed twice, the
 * last window closing) waits for the same shutdown instead of starting another or quitting early.
 * A failing shutdown still ends in a quit: quitting must never hang.
 */
export function lockBeforeQuit(app: Pick<App, 'on' | 'quit'>, shutdown: () => Promise<void>): void {
  let state: 'running' | 'shuttingDown' | 'done' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'shuttingDown') return;
    state = 'shuttingDown';
    void shutdown()
      .catch(() => undefined)
      .finally(() => {
        state = 'done';
        app.quit();
      });
  });
}
