/**
 * Electron shell: lifecycle, one window, IPC registration, the menu, lock triggers. Wiring only:
 * the policy lives in security.ts and platform/, every decision about data in the backend.
 * tests/shell runs this file, built, against a recording fake of Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Menu,
  app,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  session,
  shell,
  type BrowserWindow,
  type IpcMainInvokeEvent,
} from 'electron';
import { createBackend } from './backend';
import { buildAppMenu, type AppMenuActions } from './platform/app-menu';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './platform/app-protocol';
import {
  electronFolderDialog,
  electronOpenDialog,
  electronImportDialog,
  electronOpenFilesDialog,
  electronSaveDialog,
} from './platform/dialogs';
import { describeSender } from './platform/ipc-sender';
import { createMainWindow } from './platform/main-window';
import { electronNotifier } from './platform/notifications';
import { getFontDir, getPreloadPath, getRendererDir, isProduction } from './platform/paths';
import { lockBeforeQuit } from './platform/quit-guard';
import { languageFromLocale, SHELL_MESSAGES } from './platform/shell-messages';
import { defaultVaultDir, pathKindOnDisk, resolveVaultDir, type VaultLocation } from './platform/vault-location';
import { APP_INDEX_URL, APP_ORIGIN, hardenSession, hardenWebContents, type SecurityOptions } from './security';
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

  const location = resolveVaultDir({
    argv: process.argv,
    env: process.env,
    defaultDir: defaultVaultDir(app.getPath('userData')),
    kindOf: pathKindOnDisk,
  });
  if (!location.ok) {
    void app.whenReady().then(() => refuseToStart(location));
    return;
  }
  const vaultDir = location.dir;

  let mainWindow: BrowserWindow | null = null;
  const backend = createBackend({
    vaultDir,
    // Copied next to this bundle at build time (electron.vite.config.ts): inside app.asar when packaged.
    fontDir: getFontDir(mainDir),
    allowedOrigins: securityOptions.devServerOrigin ? [APP_ORIGIN, securityOptions.devServerOrigin] : [APP_ORIGIN],
    notifier: electronNotifier(),
    saveDialog: electronSaveDialog(dialog, app, () => mainWindow),
    openDialog: electronOpenDialog(dialog, () => mainWindow),
    openImportDialog: electronImportDialog(dialog, () => mainWindow),
    openFolderDialog: electronFolderDialog(dialog, () => mainWindow),
    openFilesDialog: electronOpenFilesDialog(dialog, () => mainWindow),
    onLocked: () => void refreshMenu(),
  });

  // Every webContents, including ones we never asked for, gets the navigation lockdown.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, securityOptions));

  ipcMain.handle(
    IPC_INVOKE,
    async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
      try {
        const result = await backend.invoke(channel, input, describeSender(event, mainWindow?.webContents ?? null));
        // Unlocking, locking and the language change only through vault channels. The menu is
        // rebuilt before the page hears the answer, so "Back up now" is never still greyed out
        // right after an unlock (a menu click at once found it disabled in the shell test).
        if (typeof channel === 'string' && channel.startsWith('vault:')) await refreshMenu().catch(() => undefined);
        return result;
      } catch {
        // Electron would wrap a throw as "Error invoking remote method…" with details; never throw across IPC.
        return { ok: false, error: { code: 'INTERNAL', message: 'Internal error' } };
      }
    },
  );

  // Menu items that act on the page reach it through `shell:nextCommand`; Lock also locks here,
  // so the vault closes even if the page does not answer.
  const menuActions: AppMenuActions = {
    lock: () => {
      backend.postCommand('lock');
      void backend.lock('user');
    },
    backupNow: () => {
      mainWindow?.focus();
      backend.postCommand('backupNow');
    },
    hideScreen: () => backend.postCommand('hideScreen'),
    showVaultLocation: () => void showVaultLocation(),
  };

  let installedMenu = '';
  async function refreshMenu(): Promise<void> {
    const language = await backend.language();
    const unlocked = backend.vault.isUnlocked();
    const key = `${language}/${unlocked}`;
    if (key === installedMenu) return;
    installedMenu = key;
    const template = buildAppMenu({
      language,
      platform: process.platform,
      production,
      version: app.getVersion(),
      unlocked,
      actions: menuActions,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  async function showVaultLocation(): Promise<void> {
    const m = SHELL_MESSAGES[await backend.language()].vaultLocation;
    const options = { type: 'info' as const, message: m.title, detail: vaultDir, buttons: [m.ok, m.openFolder] };
    const { response } = mainWindow
      ? await dialog.showMessageBox(mainWindow, options)
      : await dialog.showMessageBox(options);
    // openPath opens the folder in the file manager; it never runs what is inside.
    if (response === 1) await shell.openPath(vaultDir);
  }

  const lockNow = (): void => void backend.lock();
  powerMonitor.on('suspend', lockNow);
  powerMonitor.on('lock-screen', lockNow);
  const idleTimer = setInterval(() => void backend.checkIdle(), IDLE_CHECK_MS);
  // Reminders need the open vault; a tick right after unlock (within a minute) sends missed ones.
  const reminderTimer = setInterval(() => void backend.tickReminders().catch(() => 0), REMINDER_CHECK_MS);

  function createWindow(): BrowserWindow {
    const win = createMainWindow({ preloadPath: getPreloadPath(mainDir), production });
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

  // Locking at quit takes the automatic backup when one is set up (dispose locks with 'quit').
  lockBeforeQuit(app, async () => {
    clearInterval(idleTimer);
    clearInterval(reminderTimer);
    await backend.dispose().catch(() => backend.lock());
  });

  void app.whenReady().then(async () => {
    handleAppProtocol(protocol, getRendererDir(mainDir), securityOptions);
    hardenSession(session.defaultSession, securityOptions);
    app.setAboutPanelOptions({ applicationName: 'Emanet', applicationVersion: app.getVersion() });
    await refreshMenu();
    mainWindow = createWindow();
  });
}

/** A bad `--vault` / EMANET_VAULT_DIR: say what is wrong in the OS language, open nothing. */
function refuseToStart(location: Extract<VaultLocation, { ok: false }>): void {
  const m = SHELL_MESSAGES[languageFromLocale(app.getLocale())].vaultDirError;
  dialog.showErrorBox(m.title, `${m.problems[location.problem]}\n\n${m.hint}`);
  app.exit(2);
}
