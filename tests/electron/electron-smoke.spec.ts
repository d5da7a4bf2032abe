import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../e2e/paths';

/**
 * Finds the Electron binary WITHOUT loading the `electron` package (loading it starts a
 * download when the binary is missing): node_modules/electron/path.txt names it inside dist/.
 */
function electronBinary(): string | undefined {
  const pkgDir = path.join(REPO_ROOT, 'node_modules', 'electron');
  const pathTxt = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathTxt)) return undefined;
  const relative = readFileSync(pathTxt, 'utf8').trim();
  if (!relative) return undefined;
  const binary = path.join(pkgDir, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const PASSPHRASE = 'Mavi vapur, yedi martı ve bir simit: 1907!';

/** Calls the app's one bridge function inside the real window: preload → ipcMain → router. */
function invoke(
  page: Page,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  return page.evaluate(
    ([c, i]) =>
      (window as unknown as { emanet: { invoke(c: string, i: unknown): Promise<never> } }).emanet.invoke(c, i),
    [channel, input] as const,
  );
}

test.describe('Electron shell', () => {
  test.skip(!binary, 'Electron binary not available on this machine (download blocked); run on a machine with network');

  let app: ElectronApplication | undefined;
  let userDataDir: string | undefined;
  let vaultParent: string | undefined;

  test.beforeAll(() => {
    test.setTimeout(180_000);
    // Build main, preload and renderer exactly as `npm start` does.
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    expect(build.status, 'electron-vite build').toBe(0);
    expect(existsSync(path.join(REPO_ROOT, 'out', 'main', 'index.js')), 'out/main/index.js').toBe(true);
  });

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
    for (const dir of [userDataDir, vaultParent]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Starts the built app on a throwaway profile and a vault folder of the test's own. */
  async function launch(vaultDir: string): Promise<Page> {
    // The built renderer, never a dev server left configured in the environment.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[0] !== 'ELECTRON_RENDERER_URL' && entry[1] !== undefined,
      ),
    );
    app = await electron.launch({
      executablePath: binary!,
      args: ['.', `--user-data-dir=${userDataDir}`, '--vault', vaultDir],
      cwd: REPO_ROOT,
      env: { ...env, NODE_ENV: 'production' },
    });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    return page;
  }

  test('starts, opens the window, exposes only window.emanet', async () => {
    userDataDir = await mkdtemp(path.join(os.tmpdir(), 'emanet-electron-'));
    vaultParent = await mkdtemp(path.join(os.tmpdir(), 'emanet-electron-vault-'));
    const page = await launch(path.join(vaultParent, 'vault'));
    await expect(page).toHaveTitle('Emanet');
    const shape = await page.evaluate(() => {
      const w = window as unknown as { emanet?: { invoke?: unknown }; require?: unknown; process?: unknown };
      return {
        invoke: typeof w.emanet?.invoke,
        keys: Object.keys(w.emanet ?? {}),
        frozen: Object.isFrozen(w.emanet),
        require: typeof w.require,
        process: typeof w.process,
        origin: window.location.origin,
      };
    });
    expect(shape).toEqual({
      invoke: 'function',
      keys: ['invoke'],
      frozen: true,
      require: 'undefined',
      process: 'undefined',
      origin: 'app://emanet',
    });
  });

  test('creates a vault through the real window, then reads it back after a restart', async () => {
    test.setTimeout(120_000);
    userDataDir = await mkdtemp(path.join(os.tmpdir(), 'emanet-electron-'));
    vaultParent = await mkdtemp(path.join(os.tmpdir(), 'emanet-electron-vault-'));
    const vaultDir = path.join(vaultParent, 'vault');

    let page = await launch(vaultDir);
    // The IPC path that refused every call before senderFrame.origin was used (issue 10).
    expect(await invoke(page, 'vault:status', {})).toMatchObject({ ok: true, value: { exists: false } });
    const created = await invoke(page, 'vault:create', { passphrase: PASSPHRASE });
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
    expect(existsSync(path.join(vaultDir, 'keys.json'))).toBe(true);
    expect(
      await invoke(page, 'clients:create', { client: { givenName: 'Deneme', familyName: 'Müvekkil' } }),
    ).toMatchObject({ ok: true });
    expect(await invoke(page, 'clients:list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    await app!.close();
    app = undefined;

    // A new process: the vault is locked on disk and opens with the passphrase.
    page = await launch(vaultDir);
    expect(await invoke(page, 'vault:status', {})).toMatchObject({
      ok: true,
      value: { exists: true, unlocked: false },
    });
    expect(await invoke(page, 'clients:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await invoke(page, 'vault:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    const list = await invoke(page, 'clients:list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
    expect(JSON.stringify(list)).toContain('Müvekkil');
    // The window title never carries client data.
    await expect(page).toHaveTitle('Emanet');
  });
});
