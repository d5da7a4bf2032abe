/**
 * The desktop shell, run as built (out/main/index.js) on a recording fake of Electron: each case
 * starts the app in its own process (harness.ts), drives it the way Electron would and checks
 * what it did. Vaults are real SQLCipher folders in temp directories.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createVaultService } from '../../src-main/services/vault-service';
import { systemClock } from '../../src-main/services/clock';
import { vaultPaths } from '../../src-main/storage/vault-paths';
import { makeTempDir, STRONG_PASSPHRASE, TEST_KDF } from '../helpers/temp-vault';
import { buildOut, launchShell, type LaunchOptions, type ShellApp } from './harness';
import type { FrameSpec, MenuItemView } from './driver/protocol';

const MAIN: FrameSpec = { kind: 'main' };
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A temp userData folder, a temp vault folder (EMANET_VAULT_DIR) and the app started on them. */
async function start(options: LaunchOptions = {}): Promise<{ app: ShellApp; vaultDir: string; userData: string }> {
  const userData = await makeTempDir('emanet-shell-userdata-');
  const vault = await makeTempDir('emanet-shell-vault-');
  cleanups.push(userData.cleanup, vault.cleanup);
  const vaultDir = path.join(vault.dir, 'vault');
  const app = await launchShell({
    ...options,
    env: { EMANET_VAULT_DIR: vaultDir, ...options.env },
    config: { userData: userData.dir, downloads: vault.dir, ...options.config },
  });
  cleanups.push(() => app.close());
  return { app, vaultDir, userData: userData.dir };
}

/** A vault made beforehand with the cheap test KDF, so unlocking in the app is fast. */
async function seedVault(vaultDir: string): Promise<void> {
  const vault = createVaultService({ paths: vaultPaths(vaultDir), clock: systemClock, kdfCost: TEST_KDF });
  await vault.create(STRONG_PASSPHRASE);
  await vault.lock('system');
}

async function startUnlocked(options: LaunchOptions = {}) {
  const vault = await makeTempDir('emanet-shell-vault-');
  cleanups.push(vault.cleanup);
  const vaultDir = path.join(vault.dir, 'vault');
  await seedVault(vaultDir);
  const started = await start({ ...options, env: { EMANET_VAULT_DIR: vaultDir, ...options.env } });
  expect(await started.app.invoke(MAIN, 'vault:unlock', { passphrase: STRONG_PASSPHRASE })).toEqual({
    ok: true,
    value: {},
  });
  return { ...started, vaultDir };
}

async function status(app: ShellApp) {
  return (await app.invoke(MAIN, 'vault:status', {})) as { ok: true; value: { exists: boolean; unlocked: boolean } };
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function menuItem(items: MenuItemView[] | null, id: string): MenuItemView | undefined {
  for (const item of items ?? []) {
    if (item.id === id) return item;
    const found = menuItem(item.submenu ?? null, id);
    if (found) return found;
  }
  return undefined;
}

describe('the built shell on a fake Electron', () => {
  it('opens one window with sandbox, context isolation, no node integration and the built preload', async () => {
    const { app } = await start();
    const snap = await app.snapshot();
    expect(snap.uncaught).toEqual([]);
    expect(snap.windows).toHaveLength(1);
    const prefs = snap.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    const preload = prefs.preload as string;
    expect(path.relative(buildOut(), preload)).toBe(path.join('preload', 'index.cjs'));
    expect(existsSync(preload)).toBe(true);
    // Sandbox for every renderer, single instance, and the privileged scheme before ready.
    expect(snap.app).toMatchObject({ sandboxEnabled: true, singleInstanceRequested: true });
    expect(snap.timeline.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      snap.timeline.indexOf('app.ready'),
    );
    expect(snap.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(snap.windows[0]!.loads).toEqual(['app://emanet/index.html']);
    expect(snap.windows[0]!.visible).toBe(true);
    expect(snap.session).toMatchObject({
      permissionRequest: true,
      permissionCheck: true,
      devicePermission: true,
      beforeRequest: true,
      headersReceived: true,
      spellChecker: false,
    });
  });

  it('serves the built renderer and its assets over app:// with the CSP header', async () => {
    const { app } = await start();
    const rendererDir = path.join(buildOut(), 'renderer');
    const index = await app.request({ op: 'fetch', url: 'app://emanet/index.html' });
    expect(index.status).toBe(200);
    expect(index.sha256).toBe(sha256(path.join(rendererDir, 'index.html')));
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toMatch(/^default-src 'self';.*connect-src 'none'/);
    expect(index.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(index.headers['x-content-type-options']).toBe('nosniff');

    // Every asset index.html refers to is served, byte for byte, with the same header.
    const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const served = await app.request({ op: 'fetch', url: `app://emanet/${asset}` });
      expect(served.status, asset).toBe(200);
      expect(served.sha256, asset).toBe(sha256(path.join(rendererDir, asset)));
      expect(served.headers['content-security-policy']).toBe(index.headers['content-security-policy']);
    }
    expect((await app.request({ op: 'fetch', url: 'app://emanet/' })).sha256).toBe(index.sha256);
  });

  it('refuses traversal out of the renderer folder, other hosts and other methods', async () => {
    const { app } = await start();
    // Each of these names a file that exists outside out/renderer (the main bundle, package.json).
    for (const url of [
      'app://emanet/..%2fmain%2findex.js',
      'app://emanet/assets/..%2f..%2fmain%2findex.js',
      'app://emanet/..%5cmain%5cindex.js',
      'app://emanet/%252e%252e/main/index.js',
      'app://emanet/%2e%2e%2fmain/index.js',
      `app://emanet/${encodeURIComponent(path.join(buildOut(), 'main', 'index.js'))}`,
      'app://emanet/C:%5cWindows%5cwin.ini',
      'app://emanet/index.html%00.js',
      'app://other-host/index.html',
    ]) {
      const response = await app.request({ op: 'fetch', url });
      expect([403, 404], url).toContain(response.status);
      expect(response.bytes, url).toBe(0);
    }
    expect((await app.request({ op: 'fetch', url: 'app://emanet/index.html', method: 'POST' })).status).toBe(403);
    // The session lets nothing leave: no http(s), no file:, no other app:// host.
    for (const url of ['https://example.org/', 'http://127.0.0.1:9/', 'file:///etc/passwd', 'app://other/x.js']) {
      expect(await app.request({ op: 'webRequest', url }), url).toEqual({ cancel: true });
    }
    expect(await app.request({ op: 'webRequest', url: 'app://emanet/index.html' })).toEqual({ cancel: false });
  });

  it('a main-frame IPC call from app://emanet/index.html reaches the router: vault:create, then clients:list', async () => {
    const { app, vaultDir } = await start();
    const created = (await app.invoke(MAIN, 'vault:create', { passphrase: STRONG_PASSPHRASE })) as {
      ok: boolean;
      value?: { recoveryKey: string };
    };
    expect(created.ok, JSON.stringify(created)).toBe(true);
    expect(created.value?.recoveryKey).toMatch(/\S{20,}/);
    expect(existsSync(vaultPaths(vaultDir).keySlots)).toBe(true);
    expect(await app.invoke(MAIN, 'clients:list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await status(app)).toMatchObject({ ok: true, value: { exists: true, unlocked: true } });
  });

  it('refuses calls from a subframe, another origin, a null origin or another webContents', async () => {
    const { app, vaultDir } = await start();
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: 'Call refused' } };
    const frames: FrameSpec[] = [
      { kind: 'subframe', url: 'app://emanet/index.html' },
      { kind: 'subframe', url: 'https://evil.example/' },
      { kind: 'mainShowing', url: 'https://evil.example/index.html' },
      { kind: 'mainShowing', url: 'app://evil/index.html' },
      { kind: 'mainShowing', url: 'data:text/html,<script>1</script>' },
      { kind: 'mainShowing', url: 'about:blank' },
      { kind: 'mainShowing', url: 'file:///etc/passwd' },
      // A sandboxed document at our own URL: Chromium reports an opaque origin.
      { kind: 'mainWith', url: 'app://emanet/index.html', origin: 'null' },
      { kind: 'mainWith', url: 'app://emanet/index.html', origin: 'https://evil.example' },
      { kind: 'otherContents' },
    ];
    for (const frame of frames) {
      expect(await app.invoke(frame, 'vault:create', { passphrase: STRONG_PASSPHRASE }), JSON.stringify(frame)).toEqual(
        refused,
      );
      expect(await app.invoke(frame, 'vault:status', {}), JSON.stringify(frame)).toEqual(refused);
    }
    expect(existsSync(vaultPaths(vaultDir).keySlots)).toBe(false);
  });

  it('locks the vault on powerMonitor suspend and lock-screen', async () => {
    for (const event of ['suspend', 'lock-screen']) {
      const { app } = await startUnlocked();
      expect(await status(app)).toMatchObject({ value: { unlocked: true } });
      await app.request({ op: 'emit', target: 'powerMonitor', event });
      await expect
        .poll(async () => (await status(app)).value.unlocked, { timeout: 20_000, message: event })
        .toBe(false);
      expect(await app.invoke(MAIN, 'clients:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      await app.close();
    }
  });

  it('before-quit locks the vault first, then quits exactly once, even when asked twice', async () => {
    const { app } = await startUnlocked();
    const auto = await makeTempDir('emanet-shell-autobackup-');
    cleanups.push(auto.cleanup);
    // An automatic backup folder, chosen through the (fake) folder dialog: quitting backs up into it.
    await app.request({ op: 'answerDialogs', open: [[auto.dir]] });
    expect(await app.invoke(MAIN, 'backup:chooseAutoFolder', {})).toMatchObject({ ok: true });

    await app.request({ op: 'quit' });
    await app.request({ op: 'quit' });
    const snap = await app.waitFor((s) => s.app.quitsCompleted > 0, 'the quit to complete');
    // The shell held the quit back once per request, then let its own quit through.
    expect(snap.app.beforeQuitPrevented).toBe(2);
    expect(snap.app.quitsCompleted).toBe(1);
    expect(snap.app.quitCalls).toBe(3);
    expect(await status(app)).toMatchObject({ value: { unlocked: false } });
    const quitAt = snap.timeline.lastIndexOf('app.quitted');
    expect(snap.timeline.slice(quitAt + 1)).not.toContain('app.quitted');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(auto.dir).filter((name) => name.endsWith('.emanet-backup'))).toHaveLength(1);
    expect(snap.uncaught).toEqual([]);
  });

  it('denies navigation, redirects, webviews and window.open', async () => {
    const { app } = await start();
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of ['https://evil.example/', 'app://emanet/index.html', 'file:///etc/passwd']) {
        expect(await app.request({ op: 'emit', target: 'webContents', event, args: [url] }), `${event} ${url}`).toEqual(
          { prevented: true },
        );
      }
    }
    expect(
      await app.request({ op: 'emit', target: 'webContents', event: 'will-attach-webview', args: [{}, {}] }),
    ).toEqual({ prevented: true });
    for (const url of ['https://evil.example/', 'app://emanet/index.html', 'mailto:x@example.org']) {
      expect(await app.request({ op: 'windowOpen', url }), url).toEqual({ action: 'deny' });
    }
    // The page may not rename the window (the title shows in task switchers).
    expect(
      await app.request({ op: 'emit', target: 'window', event: 'page-title-updated', args: ['Ayşe Yılmaz'] }),
    ).toEqual({ prevented: true });
    expect((await app.snapshot()).windows[0]!.title).toBe('Emanet');
  });

  it('in production, DevTools are off and ELECTRON_RENDERER_URL is ignored', async () => {
    const devServer = 'http://localhost:5173';
    const { app } = await start({ env: { NODE_ENV: 'production', ELECTRON_RENDERER_URL: devServer } });
    const snap = await app.snapshot();
    const prefs = snap.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(false);
    expect(snap.windows[0]!.loads).toEqual(['app://emanet/index.html']);
    // The dev server is neither allowed to load nor to call.
    expect(await app.request({ op: 'webRequest', url: `${devServer}/src/main.tsx` })).toEqual({ cancel: true });
    expect(await app.invoke({ kind: 'mainShowing', url: `${devServer}/` }, 'vault:status', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(JSON.stringify(snap.menu)).not.toMatch(/toggleDevTools|"reload"/);

    // A packaged app is production whatever NODE_ENV says.
    await app.close();
    const packaged = await start({ env: { ELECTRON_RENDERER_URL: devServer }, config: { isPackaged: true } });
    const packagedSnap = await packaged.app.snapshot();
    expect((packagedSnap.windows[0]!.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
    expect(packagedSnap.windows[0]!.loads).toEqual(['app://emanet/index.html']);
  });

  it('outside production, the dev server from ELECTRON_RENDERER_URL is loaded and DevTools stay available', async () => {
    // The counterpart of the production case, so that one cannot pass by ignoring the variable always.
    const { app } = await start({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } });
    const snap = await app.snapshot();
    expect(snap.windows[0]!.loads).toEqual(['http://localhost:5173/']);
    expect((snap.windows[0]!.options.webPreferences as Record<string, unknown>).devTools).toBe(true);
    expect(menuItem(snap.menu, 'dev-tools')).toMatchObject({ role: 'toggleDevTools' });
  });
});

describe('desktop: menu, vault folder', () => {
  it('installs the application menu and keeps it in step with the lock state and the language', async () => {
    const { app, vaultDir } = await startUnlocked();
    let snap = await app.snapshot();
    expect(menuItem(snap.menu, 'lock')).toMatchObject({ accelerator: 'CmdOrCtrl+L', enabled: true, clickable: true });
    expect(menuItem(snap.menu, 'backup-now')).toMatchObject({ enabled: true });
    expect(menuItem(snap.menu, 'version')).toMatchObject({ label: 'Sürüm 0.1.0' });

    await app.invoke(MAIN, 'vault:setLanguage', { language: 'en' });
    snap = await app.waitFor((s) => menuItem(s.menu, 'lock')?.label === 'Lock', 'the English menu');
    expect(menuItem(snap.menu, 'file')).toMatchObject({ label: 'File' });

    // Lock from the menu: the vault closes in the main process, whatever the page does.
    await app.request({ op: 'menuClick', id: 'lock' });
    await expect.poll(async () => (await status(app)).value.unlocked, { timeout: 20_000 }).toBe(false);
    snap = await app.waitFor((s) => menuItem(s.menu, 'lock')?.enabled === false, 'Lock to be greyed out');
    expect(menuItem(snap.menu, 'backup-now')).toMatchObject({ enabled: false });

    // Help → where is my vault: the folder in a message box, and "Open Folder" opens it.
    await app.request({ op: 'answerDialogs', messageBox: [1] });
    await app.request({ op: 'menuClick', id: 'vault-location' });
    snap = await app.waitFor((s) => s.pathsOpened.length > 0, 'the vault folder to open');
    expect(snap.pathsOpened).toEqual([vaultDir]);
    expect(snap.dialogs.at(-1)).toMatchObject({ kind: 'messageBox', options: { detail: vaultDir } });
  });

  it('menu commands that need the page reach it through shell:nextCommand', async () => {
    const { app } = await startUnlocked();
    // The page waits for the next command; the menu click answers it.
    const waiting = app.invoke(MAIN, 'shell:nextCommand', {});
    await app.request({ op: 'menuClick', id: 'backup-now' });
    expect(await waiting).toEqual({ ok: true, value: { command: 'backupNow' } });
    const hiding = app.invoke(MAIN, 'shell:nextCommand', {});
    await app.request({ op: 'menuClick', id: 'hide-screen' });
    expect(await hiding).toEqual({ ok: true, value: { command: 'hideScreen' } });
    // Only our window may wait for commands.
    expect(
      await app.invoke({ kind: 'subframe', url: 'app://emanet/index.html' }, 'shell:nextCommand', {}),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps the vault in userData/vault by default, and takes --vault over EMANET_VAULT_DIR', async () => {
    const userData = await makeTempDir('emanet-shell-userdata-');
    const fromEnv = await makeTempDir('emanet-shell-env-');
    const fromArgv = await makeTempDir('emanet-shell-argv-');
    cleanups.push(userData.cleanup, fromEnv.cleanup, fromArgv.cleanup);
    const launch = async (options: LaunchOptions) => {
      const app = await launchShell({ ...options, config: { userData: userData.dir } });
      cleanups.push(() => app.close());
      await app.request({ op: 'answerDialogs', messageBox: [0] });
      await app.request({ op: 'menuClick', id: 'vault-location' });
      const snap = await app.waitFor((s) => s.dialogs.some((d) => d.kind === 'messageBox'), 'the message box');
      await app.close();
      return (snap.dialogs.find((d) => d.kind === 'messageBox')!.options as { detail: string }).detail;
    };
    expect(await launch({})).toBe(path.join(userData.dir, 'vault'));
    expect(await launch({ env: { EMANET_VAULT_DIR: fromEnv.dir } })).toBe(fromEnv.dir);
    expect(await launch({ env: { EMANET_VAULT_DIR: fromEnv.dir }, argv: ['.', '--vault', fromArgv.dir] })).toBe(
      fromArgv.dir,
    );
  });

  it('refuses to start on a relative or non-folder vault path, saying why, in the OS language', async () => {
    const tmp = await makeTempDir('emanet-shell-bad-');
    cleanups.push(tmp.cleanup);
    const file = path.join(tmp.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const cases: Array<{ options: LaunchOptions; expected: RegExp }> = [
      {
        options: { env: { EMANET_VAULT_DIR: 'relative/vault' }, config: { locale: 'tr-TR' } },
        expected: /tam bir yol/,
      },
      { options: { argv: ['--vault', file], config: { locale: 'en-GB' } }, expected: /not a folder/ },
    ];
    for (const { options, expected } of cases) {
      const app = await launchShell({ ...options, config: { userData: tmp.dir, ...options.config } });
      cleanups.push(() => app.close());
      const snap = await app.snapshot();
      expect(snap.windows).toHaveLength(0);
      expect(snap.app.exitCode).toBe(2);
      expect(snap.dialogs).toEqual([
        expect.objectContaining({ kind: 'errorBox', content: expect.stringMatching(expected) }),
      ]);
      expect(snap.ipcChannels).toEqual([]);
      await app.close();
    }
  });
});
