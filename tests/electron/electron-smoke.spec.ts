import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
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

test.describe('Electron shell', () => {
  test.skip(!binary, 'Electron binary not available on this machine (download blocked); run on a machine with network');

  let app: ElectronApplication | undefined;
  let userDataDir: string | undefined;

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
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  test('starts, opens the window, exposes only window.emanet', async () => {
    userDataDir = await mkdtemp(path.join(os.tmpdir(), 'emanet-electron-'));
    // The built renderer, never a dev server left configured in the environment.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[0] !== 'ELECTRON_RENDERER_URL' && entry[1] !== undefined,
      ),
    );
    app = await electron.launch({
      executablePath: binary!,
      // A throwaway profile. Unverified here (no binary): whether Electron also moves
      // app.getPath('userData'), and so the vault folder, with this switch. This test creates no vault.
      args: ['.', `--user-data-dir=${userDataDir}`],
      cwd: REPO_ROOT,
      env,
    });

    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await expect(window).toHaveTitle('Emanet');
    const shape = await window.evaluate(() => {
      const w = window as unknown as { emanet?: { invoke?: unknown }; require?: unknown };
      return { invoke: typeof w.emanet?.invoke, require: typeof w.require };
    });
    expect(shape).toEqual({ invoke: 'function', require: 'undefined' });
  });
});
