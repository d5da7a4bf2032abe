/**
 * What `import … from 'electron'` gives the built app under the shell test (the loader hook in
 * tests/shell/driver/child.ts points `electron` here). Only these names exist: importing any
 * other fails at link time, loudly.
 *
 * The type checks below hold each fake against electron.d.ts for the members the shell uses;
 * if Electron renames or retypes one of them, `tsc` fails here rather than the fake drifting.
 */
import type * as Electron from 'electron';
import {
  FakeBrowserWindow,
  FakeMenu,
  FakeNotification,
  app,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  session,
  shell,
  type FakeApp,
  type FakeFrame,
  type FakeIpcMain,
  type FakeSession,
  type FakeWebContents,
  type FakeWebRequest,
} from './fakes.ts';

export {
  app,
  dialog,
  ipcMain,
  powerMonitor,
  protocol,
  session,
  shell,
  FakeBrowserWindow as BrowserWindow,
  FakeMenu as Menu,
  FakeNotification as Notification,
};

/** Compiles only when `Fake` has the real type of every member in `K`. */
type Implements<Real, K extends keyof Real, Fake extends Pick<Real, K>> = Fake;

export type ShapeChecks = [
  Implements<
    Electron.App,
    | 'requestSingleInstanceLock'
    | 'enableSandbox'
    | 'whenReady'
    | 'isReady'
    | 'getPath'
    | 'getLocale'
    | 'getVersion'
    | 'setAboutPanelOptions'
    | 'quit'
    | 'exit'
    | 'isPackaged'
    | 'emit',
    FakeApp
  >,
  Implements<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle', typeof protocol>,
  Implements<
    Electron.Session,
    | 'setPermissionRequestHandler'
    | 'setPermissionCheckHandler'
    | 'setDevicePermissionHandler'
    | 'setSpellCheckerEnabled',
    FakeSession
  >,
  Implements<Electron.WebRequest, 'onBeforeRequest' | 'onHeadersReceived', FakeWebRequest>,
  Implements<Electron.WebFrameMain, 'url' | 'origin' | 'routingId' | 'processId', FakeFrame>,
  Implements<
    Electron.WebContents,
    'setWindowOpenHandler' | 'getURL' | 'reload' | 'isDestroyed' | 'id',
    FakeWebContents
  >,
  Implements<
    Electron.BrowserWindow,
    'loadURL' | 'show' | 'focus' | 'isMinimized' | 'restore' | 'getTitle' | 'setTitle' | 'setProgressBar',
    FakeBrowserWindow
  >,
  Implements<Electron.IpcMain, 'handle' | 'removeHandler', FakeIpcMain>,
  Implements<Electron.Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox' | 'showErrorBox', typeof dialog>,
  Implements<Electron.Shell, 'openPath', typeof shell>,
  Implements<Electron.Notification, 'show', FakeNotification>,
  Implements<typeof Electron.Notification, 'isSupported', typeof FakeNotification>,
];
