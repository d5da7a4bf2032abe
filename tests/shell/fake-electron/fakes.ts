/**
 * A recording fake of the part of Electron's main-process API the shell uses. It behaves as
 * Electron documents (ready once, privileged schemes only before ready, before-quit that can be
 * prevented, frames with Chromium's origins…) and records what the app asked for, so the shell
 * test can drive the BUILT app like Electron would and look at what it did.
 *
 * Shapes are checked against electron.d.ts in index.ts (`Implements<…>`): a renamed or retyped
 * member there fails `tsc`. Anything the app calls that is not faked throws (see index.ts).
 *
 * Plain erasable TypeScript (no parameter properties, `.ts` import paths): the child process
 * runs it with Node's own type stripping, so nothing transforms the built bundle under test.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type * as Electron from 'electron';

// ---------------------------------------------------------------------------------------------
// Configuration and the log every fake writes to.

export interface FakeConfig {
  isPackaged: boolean;
  userData: string;
  locale: string;
  version: string;
  /** Stands in for `process.platform` nowhere: the app reads the real one. */
  downloads: string;
}

export const config: FakeConfig = {
  isPackaged: false,
  userData: '/nonexistent-userdata',
  locale: 'en-US',
  version: '0.1.0',
  downloads: '/nonexistent-downloads',
};

/** Notable calls, in order (e.g. 'protocol.registerSchemesAsPrivileged' before 'app.ready'). */
export const timeline: string[] = [];

/** An event object with preventDefault, as Electron hands to listeners. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(extra: Record<string, unknown> = {}): FakeEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event;
}

// ---------------------------------------------------------------------------------------------
// protocol: privileged schemes decide what origin Chromium gives a URL.

const standardSchemes = new Set<string>();
export const privilegedSchemes: Electron.CustomScheme[] = [];
export const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();

/** The origin Chromium serialises for a frame showing `url` (WebFrameMain.origin). */
export function chromiumOrigin(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'null';
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (scheme === 'http' || scheme === 'https') return parsed.origin;
  // A scheme registered as standard gets a scheme://host[:port] tuple origin, like http.
  if (standardSchemes.has(scheme) && parsed.host !== '') return `${scheme}://${parsed.host}`;
  // data:, about:blank with no opener, unregistered schemes: opaque.
  return 'null';
}

export const protocol = {
  registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
    // Electron's rule: only before ready; afterwards it is an error.
    if (app.isReadyNow) throw new Error('registerSchemesAsPrivileged must be called before app ready');
    timeline.push('protocol.registerSchemesAsPrivileged');
    for (const scheme of customSchemes) {
      privilegedSchemes.push(scheme);
      if (scheme.privileges?.standard) standardSchemes.add(scheme.scheme);
    }
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!app.isReadyNow) throw new Error('protocol.handle before app ready');
    timeline.push(`protocol.handle:${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
};

// ---------------------------------------------------------------------------------------------
// app

export class FakeApp extends EventEmitter {
  isReadyNow = false;
  sandboxEnabled = false;
  singleInstanceRequested = false;
  quitCalls = 0;
  /** Quits that went through (before-quit and will-quit not prevented). */
  quitsCompleted = 0;
  beforeQuitPrevented = 0;
  exitCode: number | undefined;
  aboutPanel: Electron.AboutPanelOptionsOptions | undefined;
  private readyResolvers: Array<() => void> = [];

  get isPackaged(): boolean {
    return config.isPackaged;
  }

  requestSingleInstanceLock(): boolean {
    this.singleInstanceRequested = true;
    timeline.push('app.requestSingleInstanceLock');
    return true;
  }

  enableSandbox(): void {
    if (this.isReadyNow) throw new Error('enableSandbox must be called before app ready');
    this.sandboxEnabled = true;
    timeline.push('app.enableSandbox');
  }

  whenReady(): Promise<void> {
    if (this.isReadyNow) return Promise.resolve();
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }

  isReady(): boolean {
    return this.isReadyNow;
  }

  /** Driver: Electron finished starting. */
  emitReady(): void {
    if (this.isReadyNow) return;
    this.isReadyNow = true;
    timeline.push('app.ready');
    this.emit('ready', fakeEvent(), {});
    for (const resolve of this.readyResolvers.splice(0)) resolve();
  }

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    if (name === 'userData') return config.userData;
    if (name === 'downloads') return config.downloads;
    return path.join(config.userData, `fake-${name}`);
  }

  getLocale(): string {
    return config.locale;
  }

  getVersion(): string {
    return config.version;
  }

  setAboutPanelOptions(options: Electron.AboutPanelOptionsOptions): void {
    this.aboutPanel = options;
  }

  /** Electron's sequence: before-quit (preventable), will-quit (preventable), quit. */
  quit(): void {
    this.quitCalls += 1;
    timeline.push('app.quit');
    const before = fakeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) {
      this.beforeQuitPrevented += 1;
      timeline.push('before-quit:prevented');
      return;
    }
    const will = fakeEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) return;
    this.quitsCompleted += 1;
    timeline.push('app.quitted');
    this.emit('quit', fakeEvent(), 0);
  }

  exit(exitCode = 0): void {
    this.exitCode = exitCode;
    timeline.push(`app.exit:${exitCode}`);
  }
}

export const app = new FakeApp();

// ---------------------------------------------------------------------------------------------
// session

type Listener = (...args: never[]) => unknown;

export class FakeWebRequest {
  beforeRequest: Listener | null = null;
  headersReceived: Listener | null = null;
  onBeforeRequest(...args: unknown[]): void {
    this.beforeRequest = args.at(-1) as Listener | null;
  }
  onHeadersReceived(...args: unknown[]): void {
    this.headersReceived = args.at(-1) as Listener | null;
  }
}

export class FakeSession {
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  devicePermission: Listener | null = null;
  spellChecker = true;
  readonly webRequest = new FakeWebRequest();
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    this.devicePermission = handler;
  }
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellChecker = enable;
  }
}

export const session = { defaultSession: new FakeSession() };

// ---------------------------------------------------------------------------------------------
// frames, webContents, windows

let nextRoutingId = 1;

export class FakeFrame {
  readonly routingId = nextRoutingId++;
  readonly processId = 1;
  readonly frames: FakeFrame[] = [];
  url = '';
  origin = 'null';
  readonly parent: FakeFrame | null;
  constructor(parent: FakeFrame | null) {
    this.parent = parent;
    parent?.frames.push(this);
  }
  get top(): FakeFrame {
    return this.parent ? this.parent.top : this;
  }
  /** Shows `url` with the origin Chromium would give it. */
  show(url: string): this {
    this.url = url;
    this.origin = chromiumOrigin(url);
    return this;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame = new FakeFrame(null);
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null;
  reloads = 0;
  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  reload(): void {
    this.reloads += 1;
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loads: string[] = [];
  visible = false;
  focused = false;
  title: string;
  progress: number | undefined;
  readonly options: Electron.BrowserWindowConstructorOptions;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    if (!app.isReadyNow) throw new Error('Cannot create BrowserWindow before app is ready');
    this.title = options.title ?? '';
    FakeBrowserWindow.all.push(this);
    timeline.push('BrowserWindow.new');
    // Electron emits this while constructing, before the caller can attach anything.
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return [...FakeBrowserWindow.all];
  }

  loadURL(url: string): Promise<void> {
    this.loads.push(url);
    timeline.push(`window.loadURL:${url}`);
    this.webContents.mainFrame.show(url);
    setImmediate(() => {
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show', fakeEvent());
    });
    return Promise.resolve();
  }

  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setProgressBar(progress: number): void {
    this.progress = progress;
  }
}

// ---------------------------------------------------------------------------------------------
// ipcMain, powerMonitor

// The real listener type: the driver hands it a fake event cast to IpcMainInvokeEvent.
type InvokeHandler = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export const ipcMain = new FakeIpcMain();
export const powerMonitor = new EventEmitter();

// ---------------------------------------------------------------------------------------------
// dialog, Notification, Menu, shell

export const dialogAnswers = {
  save: [] as Array<string | null>,
  open: [] as Array<string[] | null>,
  messageBox: [] as number[],
};
export const dialogsShown: Array<{ kind: string; title?: string; content?: string; options?: unknown }> = [];

/** Electron's dialog calls take an optional parent window first. */
function withoutWindow(args: unknown[]): unknown {
  return args.length > 1 ? args[1] : args[0];
}

export const dialog = {
  showSaveDialog(...args: unknown[]): Promise<Electron.SaveDialogReturnValue> {
    dialogsShown.push({ kind: 'save', options: withoutWindow(args) });
    const answer = dialogAnswers.save.shift() ?? null;
    return Promise.resolve(answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer });
  },
  showOpenDialog(...args: unknown[]): Promise<Electron.OpenDialogReturnValue> {
    dialogsShown.push({ kind: 'open', options: withoutWindow(args) });
    const answer = dialogAnswers.open.shift() ?? null;
    return Promise.resolve(
      answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: answer },
    );
  },
  showMessageBox(...args: unknown[]): Promise<Electron.MessageBoxReturnValue> {
    dialogsShown.push({ kind: 'messageBox', options: withoutWindow(args) });
    return Promise.resolve({ response: dialogAnswers.messageBox.shift() ?? 0, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string): void {
    dialogsShown.push({ kind: 'errorBox', title, content });
  },
};

export const notificationsShown: Electron.NotificationConstructorOptions[] = [];

export class FakeNotification extends EventEmitter {
  static isSupported(): boolean {
    return true;
  }
  readonly options: Electron.NotificationConstructorOptions;
  constructor(options: Electron.NotificationConstructorOptions = {}) {
    super();
    this.options = options;
  }
  show(): void {
    notificationsShown.push(this.options);
  }
}

export class FakeMenu extends EventEmitter {
  static applicationMenu: FakeMenu | null = null;
  static setCount = 0;
  readonly template: Electron.MenuItemConstructorOptions[];
  constructor(template: Electron.MenuItemConstructorOptions[]) {
    super();
    this.template = template;
  }
  static buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(template);
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.applicationMenu = menu;
    FakeMenu.setCount += 1;
  }
  static getApplicationMenu(): FakeMenu | null {
    return FakeMenu.applicationMenu;
  }
}

export const pathsOpened: string[] = [];

export const shell = {
  openPath(folder: string): Promise<string> {
    pathsOpened.push(folder);
    return Promise.resolve('');
  },
};
