// The sandboxed preload, as built. A sandboxed preload may only require('electron'), so the
// bundle must be one CommonJS file whose only require is electron — no zod, no node: modules,
// no sibling chunks. It is then evaluated in a vm context with a fake contextBridge and
// ipcRenderer, the way Electron's sandbox runs it, to see what it really exposes.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildOut } from './harness';

const preloadFile = () => path.join(buildOut(), 'preload', 'index.cjs');

/** Runs the preload like Electron's sandbox: CommonJS wrapper globals, `require` limited to ours. */
function runPreload() {
  const required: string[] = [];
  const exposed = new Map<string, unknown>();
  const ipcCalls: unknown[][] = [];
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      ipcCalls.push(args);
      return Promise.resolve({ ok: true, value: 'answer' });
    },
    send: () => expect.fail('the preload must not use ipcRenderer.send'),
    sendSync: () => expect.fail('the preload must not use ipcRenderer.sendSync'),
    on: () => expect.fail('the preload must not listen on ipcRenderer'),
    postMessage: () => expect.fail('the preload must not use ipcRenderer.postMessage'),
  };
  const contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
    exposeInIsolatedWorld: () => expect.fail('the preload must expose only in the main world'),
  };
  const module = { exports: {} };
  const context = vm.createContext({
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return { contextBridge, ipcRenderer };
      throw new Error(`a sandboxed preload cannot require ${name}`);
    },
    module,
    exports: module.exports,
  });
  const globalsBefore = Object.keys(context).sort();
  // Electron wraps a sandboxed preload in a function of these names, as Node wraps a module.
  const wrapped = vm.compileFunction(readFileSync(preloadFile(), 'utf8'), ['require', 'module', 'exports'], {
    parsingContext: context,
    filename: 'preload/index.cjs',
  });
  wrapped.call(module.exports, context.require, module, module.exports);
  return { required, exposed, ipcCalls, newGlobals: Object.keys(context).filter((k) => !globalsBefore.includes(k)) };
}

describe('preload bundle', () => {
  it('is a single CommonJS file', () => {
    expect(existsSync(preloadFile())).toBe(true);
    expect(readdirSync(path.dirname(preloadFile()))).toEqual(['index.cjs']);
    // No ESM syntax: a sandboxed preload is evaluated as a CommonJS script.
    expect(readFileSync(preloadFile(), 'utf8')).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('requires electron and nothing else', () => {
    const code = readFileSync(preloadFile(), 'utf8');
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\(/);
    // Comments survive bundling and may name zod; look for its code, and for an unexpected size.
    expect(code).not.toMatch(/Zod[A-Z]|\$ZodType|from ["']node:|require\(["']node:/);
    expect(code.length).toBeLessThan(8_000);
    // And when it runs, it asks for electron only.
    expect(runPreload().required).toEqual(['electron']);
  });

  it('exposes exactly one frozen window.emanet with only invoke, over the one IPC channel', async () => {
    const { exposed, ipcCalls, newGlobals } = runPreload();
    expect([...exposed.keys()]).toEqual(['emanet']);
    const api = exposed.get('emanet') as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.getOwnPropertyNames(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
    // Nothing else leaks into the preload's global scope either.
    expect(newGlobals).toEqual([]);

    const input = { passphrase: 'x' };
    await expect((api.invoke as (c: string, i: unknown) => Promise<unknown>)('vault:unlock', input)).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(ipcCalls).toEqual([['emanet:invoke', 'vault:unlock', input]]);
  });
});

describe('main bundle', () => {
  it('is built as ESM with electron and native modules left external', () => {
    const main = path.join(buildOut(), 'main', 'index.js');
    expect(existsSync(main)).toBe(true);
    const code = readFileSync(main, 'utf8');
    expect(code).toMatch(/from ["']electron["']/);
    // Native addons cannot be bundled; if main uses them they must stay imports.
    expect(code).not.toMatch(/\.node["']\)/);
  });

  it('builds the renderer next to it', () => {
    expect(existsSync(path.join(buildOut(), 'renderer', 'index.html'))).toBe(true);
  });
});
