/**
 * Electron shell: lifecycle, one window, IPC registration, lock triggers. Wiring only — the
 * policy lives in security.ts and every decision about data lives in the backend.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  app,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  session,
  type IpcMainInvokeEvent,
} from 'electron';
import { createBackend } from './backend';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './platform/app-protocol';
import {
  electronFolderDialog,
  electronOpenDialog,
  electronOpenFilesDialog,
  electronSaveDialog,
} from './platform/dialogs';
import { electronNotifier } from './platform/notifications';
import { getPreloadPath, getRendererDir, getVaultDir, isProduction } from './platform/paths';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
  type SecurityOptions,
} from './security';
import type { Envelope } from './shared/errors';
import { IPC_INVOKE } from './shared/ipc-channel';

const IDLE_CHECK_MS = 15_000;
const REMINDER_CHECK_MS = 60_000;
const mainDir = path.dirname(fileURLToPath(import.meta.url));

const production = isProduction(app, process.env);
// electron-vite dev sets this; ignored (and refused by security.ts) in production.
const devServerUrl = production ? undefined : process.env.ELECTRON_RENDERER_URL;
const securityOptions: SecurityOptions = {
  production,
  devServerOrigin: devServerUrl ? new URL(devServerUrl).origin : undefined,
};

// A second instance would open the same vault files concurrently; hand focus to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  main();
}

function main(): void {
  app.enableSandbox();
  registerAppSchemeAsPrivileged(protocol);

  let mainWindow: BrowserWindow | null = null;
  const backend = createBackend({
    vaultDir: getVaultDir(app),
    allowedOrigins: securityOptions.devServerOrigin ? [APP_ORIGIN, securityOptions.devServerOrigin] : [APP_ORIGIN],
    notifier: electronNotifier(),
    saveDialog: electronSaveDialog(dialog, app, () => mainWindow),
    openDialog: electronOpenDialog(dialog, () => mainWindow),
    openFolderDialog: electronFolderDialog(dialog, () => mainWindow),
    openFilesDialog: electronOpenFilesDialog(dialog, () => mainWindow),
  });

  // Every webContents, including ones we never asked for, gets the navigation lockdown.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, securityOptions));

  ipcMain.handle(
    IPC_INVOKE,
    async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      const trusted =
        mainWindow !== null &&
        event.sender === mainWindow.webContents &&
        frame !== null &&
        frame === event.sender.mainFrame;
      try {
        return await backend.invoke(channel, input, { origin: frame ? new URL(frame.url).origin : '', trusted });
      } catch {
        // Electron would wrap a throw as "Error invoking remote method…" with details; never throw across IPC.
        return { ok: false, error: { code: 'INTERNAL', message: 'Internal error' } };
      }
    },
  );

  const lockNow = (): void => void backend.lock();
  powerMonitor.on('suspend', lockNow);
  powerMonitor.on('lock-screen', lockNow);
  const idleTimer = setInterval(() => void backend.checkIdle(), IDLE_CHECK_MS);
  // Reminders need the open vault; a tick right after unlock (within a minute) sends missed ones.
  const reminderTimer = setInterval(() => void backend.tickReminders().catch(() => 0), REMINDER_CHECK_MS);

  function createWindow(): BrowserWindow {
    const win = new BrowserWindow({
      title: 'Emanet',
      width: 1200,
      height: 800,
      minWidth: 800,
      minHeight: 600,
      show: false,
      webPreferences: secureWebPreferences(getPreloadPath(mainDir), securityOptions),
    });
    // The window title is visible in task switchers and screen shares: never a client's name.
    win.on('page-title-updated', (event) => event.preventDefault());
    win.once('ready-to-show', () => win.show());
    win.webContents.on('before-input-event', () => backend.touch());
    win.on('closed', () => {
      mainWindow = null;
    });
    void win.loadURL(devServerUrl ?? APP_INDEX_URL);
    return win;
  }

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  // Quit waits once for the vault to lock (close db, zero keys, empty temp) and then proceeds.
  let disposed = false;
  app.on('before-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    clearInterval(idleTimer);
    clearInterval(reminderTimer);
    void (async () => {
      // Each step is attempted even if the previous one failed; quitting must not hang.
      await backend.lock().catch(() => undefined);
      await backend.dispose().catch(() => undefined);
      disposed = true;
      app.quit();
    })();
  });

  void app.whenReady().then(() => {
    handleAppProtocol(protocol, getRendererDir(mainDir), securityOptions);
    hardenSession(session.defaultSession, securityOptions);
    mainWindow = createWindow();
  });
}
