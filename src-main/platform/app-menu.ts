/**
 * The application menu, built by a pure function so its items are unit-tested in both
 * languages and on every platform (tests/unit/app-menu.test.ts); index.ts installs it and
 * rebuilds it when the language or the lock state changes.
 *
 * Standard items use Electron roles, which bring each platform's own shortcut (Ctrl+Y or
 * Shift+Cmd+Z for redo, and so on). Our items say `CmdOrCtrl`, which is Cmd on macOS and Ctrl
 * on Windows and Linux. There is no DevTools or reload item in production.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/schemas/vault';
import { SHELL_MESSAGES } from './shell-messages';

export interface AppMenuActions {
  lock(): void;
  backupNow(): void;
  hideScreen(): void;
  showVaultLocation(): void;
}

export interface AppMenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  production: boolean;
  version: string;
  /** Lock and Back up now act on an open vault; they are greyed out while it is locked. */
  unlocked: boolean;
  actions: AppMenuActions;
}

export const MENU_ACCELERATORS = {
  lock: 'CmdOrCtrl+L',
  backupNow: 'CmdOrCtrl+Shift+B',
  hideScreen: 'CmdOrCtrl+Shift+H',
  quit: 'CmdOrCtrl+Q',
} as const;

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildAppMenu(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const m = SHELL_MESSAGES[options.language].menu;
  const mac = options.platform === 'darwin';
  const { actions } = options;

  const quit: MenuItemConstructorOptions = {
    id: 'quit',
    role: 'quit',
    label: m.quit,
    accelerator: MENU_ACCELERATORS.quit,
  };
  const about: MenuItemConstructorOptions = { id: 'about', role: 'about', label: m.about };

  // macOS puts About and Quit in the menu named after the app; elsewhere they sit in File and Help.
  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: 'Emanet',
    submenu: [
      about,
      separator,
      { id: 'hide', role: 'hide', label: m.hide },
      { id: 'hide-others', role: 'hideOthers', label: m.hideOthers },
      { id: 'show-all', role: 'unhide', label: m.showAll },
      separator,
      quit,
    ],
  };

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: m.file,
    submenu: [
      {
        id: 'lock',
        label: m.lock,
        accelerator: MENU_ACCELERATORS.lock,
        enabled: options.unlocked,
        click: () => actions.lock(),
      },
      {
        id: 'backup-now',
        label: m.backupNow,
        accelerator: MENU_ACCELERATORS.backupNow,
        enabled: options.unlocked,
        click: () => actions.backupNow(),
      },
      ...(mac ? [] : [separator, quit]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: m.edit,
    submenu: [
      { id: 'undo', role: 'undo', label: m.undo },
      { id: 'redo', role: 'redo', label: m.redo },
      separator,
      { id: 'cut', role: 'cut', label: m.cut },
      { id: 'copy', role: 'copy', label: m.copy },
      { id: 'paste', role: 'paste', label: m.paste },
      { id: 'select-all', role: 'selectAll', label: m.selectAll },
    ],
  };

  const development: MenuItemConstructorOptions[] = options.production
    ? []
    : [
        separator,
        { id: 'reload', role: 'reload', label: m.reload },
        { id: 'dev-tools', role: 'toggleDevTools', label: m.devTools },
      ];

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: m.view,
    submenu: [
      {
        id: 'hide-screen',
        label: m.hideScreen,
        accelerator: MENU_ACCELERATORS.hideScreen,
        enabled: options.unlocked,
        click: () => actions.hideScreen(),
      },
      separator,
      { id: 'zoom-in', role: 'zoomIn', label: m.zoomIn },
      { id: 'zoom-out', role: 'zoomOut', label: m.zoomOut },
      { id: 'reset-zoom', role: 'resetZoom', label: m.resetZoom },
      separator,
      { id: 'full-screen', role: 'togglefullscreen', label: m.fullScreen },
      ...development,
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { id: 'window', role: 'windowMenu', label: m.window };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: m.help,
    submenu: [
      ...(mac ? [] : [about]),
      { id: 'version', label: m.version(options.version), enabled: false },
      separator,
      { id: 'vault-location', label: m.vaultLocation, click: () => actions.showVaultLocation() },
    ],
  };

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help];
}
