// Quitting waits once for the vault to lock (platform/quit-guard.ts).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { lockBeforeQuit } from '../../src-main/platform/quit-guard';

/** Electron's quit: before-quit can be prevented; otherwise the app quits. */
class App extends EventEmitter {
  quits = 0;
  quit(): void {
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quits += 1;
  }
}

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (e: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('lockBeforeQuit', () => {
  it('holds the quit until shutdown finished, then quits once, however often Quit is asked', async () => {
    const app = new App();
    const shutdown = deferred();
    let shutdowns = 0;
    lockBeforeQuit(app as never, () => {
      shutdowns += 1;
      return shutdown.promise;
    });
    app.quit();
    app.quit();
    expect(app.quits).toBe(0);
    shutdown.resolve();
    await expect.poll(() => app.quits).toBe(1);
    expect(shutdowns).toBe(1);
    app.quit();
    expect(app.quits).toBe(2);
    expect(shutdowns).toBe(1);
  });

  it('still quits when shutdown fails', async () => {
    const app = new App();
    const shutdown = deferred();
    lockBeforeQuit(app as never, () => shutdown.promise);
    app.quit();
    shutdown.reject(new Error('disk gone'));
    await expect.poll(() => app.quits).toBe(1);
  });
});
