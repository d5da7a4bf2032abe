/**
 * Runs the BUILT main bundle (out/main/index.js) in plain Node with `electron` resolved to the
 * recording fake, and answers the shell test's requests (protocol.ts) over the fork IPC
 * channel: boot the app, call its IPC handler from a given frame, fetch through its protocol
 * handler, emit OS events, click menu items, read what it did.
 *
 * Started by harness.ts as plain `node child.ts` (Node's type stripping, no loader that could
 * rewrite the bundle); one process per test case, so every case starts from a fresh app exactly
 * as Electron would run it.
 */
import { createHash } from 'node:crypto';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { IPC_INVOKE } from '../../../src-main/shared/ipc-channel.ts';
import * as fake from '../fake-electron/fakes.ts';
import type { DriverMessage, DriverRequest, FrameSpec, MenuItemView, Snapshot } from './protocol.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(here, '..', '..', '..');
const FAKE_ELECTRON = pathToFileURL(path.join(here, '..', 'fake-electron', 'index.ts')).href;
const REPO_PACKAGE = pathToFileURL(path.join(REPO, 'package.json')).href;

const uncaught: string[] = [];
process.on('uncaughtException', (error) => uncaught.push(describe(error)));
process.on('unhandledRejection', (error) => uncaught.push(describe(error)));

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function isBare(specifier: string): boolean {
  return !/^(\.|\/|node:|file:|data:)/.test(specifier) && !path.isAbsolute(specifier);
}

/**
 * `electron` → the fake. Bare imports from the built bundle (zod, kysely, SQLCipher…) resolve
 * from the repository, as they would from node_modules next to out/ in the packaged app, so a
 * build in a temp folder runs too.
 */
function installHooks(outDir: string): void {
  const outUrl = pathToFileURL(outDir).href + '/';
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'electron') return { url: FAKE_ELECTRON, shortCircuit: true };
      if (isBare(specifier) && context.parentURL?.startsWith(outUrl)) {
        return nextResolve(specifier, { ...context, parentURL: REPO_PACKAGE });
      }
      return nextResolve(specifier, context);
    },
  });
}

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function theWindow(): fake.FakeBrowserWindow {
  const win = fake.FakeBrowserWindow.all[0];
  if (!win) throw new Error('the app has no window');
  return win;
}

async function boot(request: Extract<DriverRequest, { op: 'boot' }>): Promise<{ started: boolean }> {
  Object.assign(fake.config, request.config);
  installHooks(path.dirname(path.dirname(request.mainPath)));
  // What Electron's process.argv looks like: the executable, then the app's arguments.
  process.argv = [process.execPath, ...request.argv];
  await import(pathToFileURL(request.mainPath).href);
  fake.app.emitReady();
  await until(
    () =>
      fake.FakeBrowserWindow.all.some((w) => w.visible) || fake.app.exitCode !== undefined || fake.app.quitCalls > 0,
    'a window to show (or the app to stop)',
  );
  return { started: fake.FakeBrowserWindow.all.some((w) => w.visible) };
}

async function invoke(frameSpec: FrameSpec, channel: unknown, input: unknown): Promise<unknown> {
  const handler = fake.ipcMain.handlers.get(IPC_INVOKE);
  if (!handler) throw new Error(`no ipcMain.handle('${IPC_INVOKE}')`);
  const contents = theWindow().webContents;
  const top = contents.mainFrame;
  const saved = { url: top.url, origin: top.origin };
  let sender = contents;
  let frame = top;
  const cleanup: Array<() => void> = [];
  switch (frameSpec.kind) {
    case 'main':
      break;
    case 'subframe':
      frame = new fake.FakeFrame(top).show(frameSpec.url);
      cleanup.push(() => top.frames.splice(top.frames.indexOf(frame), 1));
      break;
    case 'mainShowing':
      top.show(frameSpec.url);
      cleanup.push(() => Object.assign(top, saved));
      break;
    case 'mainWith':
      Object.assign(top, { url: frameSpec.url, origin: frameSpec.origin });
      cleanup.push(() => Object.assign(top, saved));
      break;
    case 'otherContents':
      sender = new fake.FakeWebContents();
      sender.mainFrame.show(top.url);
      frame = sender.mainFrame;
      break;
  }
  const event = { sender, senderFrame: frame, frameId: frame.routingId, processId: frame.processId };
  try {
    return await handler(event as unknown as IpcMainInvokeEvent, channel, input);
  } finally {
    for (const undo of cleanup) undo();
  }
}

async function fetchThroughProtocol(url: string, method = 'GET') {
  const scheme = new URL(url).protocol.slice(0, -1);
  const handler = fake.protocolHandlers.get(scheme);
  if (!handler) throw new Error(`no protocol handler for ${scheme}`);
  const response = await handler(new Request(url, { method }));
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    bytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
}

function webRequest(url: string): Promise<{ cancel: boolean }> {
  const listener = fake.session.defaultSession.webRequest.beforeRequest as
    ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null;
  if (!listener) throw new Error('no webRequest.onBeforeRequest listener');
  return new Promise((resolve) => listener({ url }, (response) => resolve({ cancel: response.cancel === true })));
}

function emit(request: Extract<DriverRequest, { op: 'emit' }>): { prevented: boolean } {
  const event = fake.fakeEvent();
  const args = request.args ?? [];
  const targets = {
    powerMonitor: () => fake.powerMonitor,
    app: () => fake.app,
    window: () => theWindow(),
    webContents: () => theWindow().webContents,
  };
  targets[request.target]().emit(request.event, event, ...args);
  return { prevented: event.defaultPrevented };
}

function findMenuItem(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    if (Array.isArray(item.submenu)) {
      const found = findMenuItem(item.submenu, id);
      if (found) return found;
    }
  }
  return undefined;
}

function menuClick(id: string): Record<string, never> {
  const menu = fake.FakeMenu.applicationMenu;
  if (!menu) throw new Error('no application menu');
  const item = findMenuItem(menu.template, id);
  if (!item) throw new Error(`no menu item ${id}`);
  // A real menu never fires a disabled item.
  if (item.enabled === false) throw new Error(`menu item ${id} is disabled`);
  if (!item.click) throw new Error(`menu item ${id} has no click (role ${String(item.role)})`);
  (item.click as (...args: unknown[]) => void)(item, theWindow(), {});
  return {};
}

function viewOf(items: MenuItemConstructorOptions[]): MenuItemView[] {
  return items.map((item) => ({
    ...(item.id !== undefined ? { id: item.id } : {}),
    ...(item.label !== undefined ? { label: item.label } : {}),
    ...(item.role !== undefined ? { role: item.role } : {}),
    ...(typeof item.accelerator === 'string' ? { accelerator: item.accelerator } : {}),
    ...(item.enabled !== undefined ? { enabled: item.enabled } : {}),
    ...(item.type !== undefined ? { type: item.type } : {}),
    clickable: typeof item.click === 'function',
    ...(Array.isArray(item.submenu) ? { submenu: viewOf(item.submenu) } : {}),
  }));
}

function snapshot(): Snapshot {
  const s = fake.session.defaultSession;
  return {
    timeline: [...fake.timeline],
    app: {
      ready: fake.app.isReadyNow,
      sandboxEnabled: fake.app.sandboxEnabled,
      singleInstanceRequested: fake.app.singleInstanceRequested,
      quitCalls: fake.app.quitCalls,
      quitsCompleted: fake.app.quitsCompleted,
      beforeQuitPrevented: fake.app.beforeQuitPrevented,
      exitCode: fake.app.exitCode,
      aboutPanel: fake.app.aboutPanel,
    },
    privilegedSchemes: fake.privilegedSchemes,
    protocolSchemes: [...fake.protocolHandlers.keys()],
    session: {
      permissionRequest: s.permissionRequest !== null,
      permissionCheck: s.permissionCheck !== null,
      devicePermission: s.devicePermission !== null,
      beforeRequest: s.webRequest.beforeRequest !== null,
      headersReceived: s.webRequest.headersReceived !== null,
      spellChecker: s.spellChecker,
    },
    windows: fake.FakeBrowserWindow.all.map((w) => ({
      options: JSON.parse(JSON.stringify(w.options)) as Record<string, unknown>,
      loads: [...w.loads],
      visible: w.visible,
      title: w.getTitle(),
      reloads: w.webContents.reloads,
      hasWindowOpenHandler: w.webContents.windowOpenHandler !== null,
      webContentsEvents: w.webContents.eventNames().map(String),
      windowEvents: w.eventNames().map(String),
    })),
    ipcChannels: [...fake.ipcMain.handlers.keys()],
    menu: fake.FakeMenu.applicationMenu ? viewOf(fake.FakeMenu.applicationMenu.template) : null,
    dialogs: JSON.parse(JSON.stringify(fake.dialogsShown)) as Snapshot['dialogs'],
    notifications: JSON.parse(JSON.stringify(fake.notificationsShown)) as unknown[],
    pathsOpened: [...fake.pathsOpened],
    uncaught: [...uncaught],
  };
}

async function handle(request: DriverRequest): Promise<unknown> {
  switch (request.op) {
    case 'boot':
      return boot(request);
    case 'invoke':
      return invoke(request.frame, request.channel, request.input);
    case 'fetch':
      return fetchThroughProtocol(request.url, request.method);
    case 'webRequest':
      return webRequest(request.url);
    case 'emit':
      return emit(request);
    case 'windowOpen': {
      const handler = theWindow().webContents.windowOpenHandler;
      if (!handler) throw new Error('no window open handler');
      return handler({
        url: request.url,
        frameName: '',
        features: '',
        disposition: 'foreground-tab',
        referrer: { url: '', policy: 'strict-origin-when-cross-origin' },
      });
    }
    case 'quit':
      fake.app.quit();
      return {};
    case 'menuClick':
      return menuClick(request.id);
    case 'answerDialogs':
      fake.dialogAnswers.save.push(...(request.save ?? []));
      fake.dialogAnswers.open.push(...(request.open ?? []));
      fake.dialogAnswers.messageBox.push(...(request.messageBox ?? []));
      return {};
    case 'snapshot':
      return snapshot();
  }
}

process.on('message', (message: { id: number; request: DriverRequest }) => {
  void handle(message.request).then(
    (value): void => void process.send?.({ id: message.id, ok: true, value } satisfies DriverMessage),
    (error: unknown): void =>
      void process.send?.({ id: message.id, ok: false, error: describe(error) } satisfies DriverMessage),
  );
});
process.send?.({ id: 0, ok: true, value: 'listening' } satisfies DriverMessage);
