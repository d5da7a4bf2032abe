// The sandboxed preload cannot run here (no Electron binary), so check what the build produces:
// a sandboxed preload may only require('electron'), so the bundle must be one CommonJS file whose
// only require is electron — no zod, no node: modules, no sibling chunks.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaled } from '../helpers/timing';

const REPO = path.resolve(import.meta.dirname, '../..');
// `npm test` builds once, before vitest, and names the folder in EMANET_SHELL_OUT. Run alone, this
// test builds into a private temp folder (EMANET_BUILD_OUT in electron.vite.config.ts) so it never
// races `npm start`, the e2e build or another engineer's build in out/.
const SHARED_OUT = process.env.EMANET_SHELL_OUT;
const OUT = SHARED_OUT ?? mkdtempSync(path.join(os.tmpdir(), 'emanet-build-'));

beforeAll(() => {
  if (SHARED_OUT) {
    expect(existsSync(path.join(SHARED_OUT, 'main', 'index.js')), `no build in EMANET_SHELL_OUT=${SHARED_OUT}`).toBe(true);
    return;
  }
  const result = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: REPO,
    env: { ...process.env, EMANET_BUILD_OUT: OUT, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: scaled(170_000),
  });
  const buildLog = `${result.stdout}\n${result.stderr}`;
  expect(result.status, `electron-vite build failed:\n${buildLog.slice(-4000)}`).toBe(0);
}, scaled(180_000));

afterAll(() => {
  if (!SHARED_OUT) rmSync(OUT, { recursive: true, force: true });
});

describe('preload bundle', () => {
  const file = () => path.join(OUT, 'preload', 'index.cjs');

  it('is a single CommonJS file', () => {
    expect(existsSync(file())).toBe(true);
    expect(readdirSync(path.join(OUT, 'preload'))).toEqual(['index.cjs']);
    // No ESM syntax: a sandboxed preload is evaluated as a CommonJS script.
    expect(readFileSync(file(), 'utf8')).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('requires electron and nothing else', () => {
    const code = readFileSync(file(), 'utf8');
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\(/);
    // Comments survive bundling and may name zod; look for its code, and for an unexpected size.
    expect(code).not.toMatch(/Zod[A-Z]|\$ZodType|from ["']node:|require\(["']node:/);
    expect(code.length).toBeLessThan(8_000);
  });

  it('exposes only window.emanet.invoke over the one IPC channel', () => {
    const code = readFileSync(file(), 'utf8');
    expect(code).toContain('exposeInMainWorld');
    expect(code.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect(code).toContain('"emanet"');
    expect(code).toContain('"emanet:invoke"');
    expect(code).not.toMatch(/ipcRenderer\.(send|on|once|sendSync|postMessage)\b/);
  });
});

describe('main bundle', () => {
  it('is built as ESM with electron and native modules left external', () => {
    const main = path.join(OUT, 'main', 'index.js');
    expect(existsSync(main)).toBe(true);
    const code = readFileSync(main, 'utf8');
    expect(code).toMatch(/from ["']electron["']/);
    // Native addons cannot be bundled; if main uses them they must stay imports.
    expect(code).not.toMatch(/\.node["']\)/);
  });

  it('builds the renderer next to it', () => {
    expect(existsSync(path.join(OUT, 'renderer', 'index.html'))).toBe(true);
  });
});
