/**
 * The e2e harness. Every test gets:
 *   - `vaultDir`  a fresh temp folder (removed afterwards) for the vault;
 *   - `clock`     the backend's clock: real time plus an offset the test can `advance()`;
 *   - `backend`   the real backend (`createBackend`, cheap test KDF) on that folder, in this
 *                 Playwright worker's Node process, disposed afterwards;
 *   - `vault`     the three above plus `invoke`/`call` to drive the backend directly from Node
 *                 (seeding, checking state) as our own trusted window would;
 *   - `page`/`context` with `window.emanet.invoke(channel, input)` wired to that backend the
 *                 way the Electron preload does it, and `baseURL` pointing at the built renderer,
 *                 so `page.goto('/')` opens the app.
 * A test fails if the renderer throws an uncaught error (`test.use({ failOnPageError: false })`
 * to opt out) or if `backend.invoke` ever throws instead of returning an envelope.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend, type Clock, type SenderInfo } from '../../src-main/backend';
import type { LogFields, Logger } from '../../src-main/services/logger';
import { BRIDGE_KEY } from '../../src-main/shared/bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-main/shared/contract';
import type { Envelope } from '../../src-main/shared/errors';
import { callOn, invokeOn } from '../helpers/backend';
import { RENDERER_OUT } from './paths';
import { startStaticServer } from './static-server';

/** A passphrase the strength check accepts; use it unless the test is about passphrases. */
export const TEST_PASSPHRASE = 'Mavi vapur, yedi martı ve bir simit: 1907!';

/** Argon2id parameters for tests only (the app tunes to ~1 s). */
export const TEST_KDF = { memoryKiB: 8192, iterations: 1, parallelism: 1 } as const;

/** Name of the Playwright binding behind `window.emanet.invoke` (BRIDGE_KEY). */
const BINDING = `__${BRIDGE_KEY}Invoke`;

export interface TestClock extends Clock {
  /** Moves time forward (e.g. past the auto-lock timeout), then call `backend.checkIdle()`. */
  advance(ms: number): void;
}

export interface VaultHarness {
  dir: string;
  backend: Backend;
  clock: TestClock;
  /** The sender the app's own window has: the served origin, top-level frame. */
  sender: SenderInfo;
  /** What the backend logged during this test (attached to the report when a test fails). */
  log: BackendLogEntry[];
  /** Calls the backend directly from Node as the app's own window; returns the envelope. */
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Envelope<ChannelOutput<C>>>;
  /** Like `invoke` but returns the value and throws on `{ ok: false }` — for seeding state. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export interface BackendLogEntry {
  level: 'info' | 'warn' | 'error';
  event: string;
  fields?: LogFields;
}

interface TestFixtures {
  /** Uncaught renderer errors fail the test (default true). */
  failOnPageError: boolean;
  /** Error-level backend log events (e.g. `ipc.handler_failed` → INTERNAL) fail the test (default true). */
  failOnBackendError: boolean;
  clock: TestClock;
  vaultDir: string;
  /** Where the fake save dialog puts exports: `<exportDir>/<suggested name>` (outside the vault). */
  exportDir: string;
  /**
   * Files the lawyer "picks" (a temp folder outside the vault, removed afterwards). Large files are
   * made here in Node and handed to the file chooser by path, so the browser reads them from disk
   * instead of receiving their bytes through the DevTools protocol.
   */
  pickDir: string;
  /** What the fake open dialog "chooses" (a backup to verify or restore); null = cancelled. */
  openChoice: { path: string | null };
  backend: Backend;
  vault: VaultHarness;
}

interface WorkerFixtures {
  /** `http://127.0.0.1:<port>` serving the built renderer (paths.ts); one server per worker. */
  appOrigin: string;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  appOrigin: [
    async ({}, use) => {
      if (!existsSync(path.join(RENDERER_OUT, 'index.html'))) {
        throw new Error(`${RENDERER_OUT}/index.html is missing: run \`npm run build:renderer\` (global setup does)`);
      }
      const server = await startStaticServer(RENDERER_OUT);
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ appOrigin }, use) => {
    await use(`${appOrigin}/`);
  },

  failOnPageError: [true, { option: true }],
  failOnBackendError: [true, { option: true }],

  clock: async ({}, use) => {
    let offset = 0;
    await use({
      now: () => Date.now() + offset,
      advance: (ms: number) => {
        if (!Number.isFinite(ms) || ms < 0) throw new Error(`clock.advance: bad ms ${ms}`);
        offset += ms;
      },
    });
  },

  vaultDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'emanet-e2e-'));
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  },

  exportDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'emanet-e2e-export-'));
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  },

  pickDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'emanet-e2e-pick-'));
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    }
  },

  openChoice: async ({}, use) => {
    await use({ path: null });
  },

  backend: async ({ vaultDir, exportDir, openChoice, clock, appOrigin, failOnBackendError }, use, testInfo) => {
    const log: BackendLogEntry[] = [];
    const record =
      (level: BackendLogEntry['level']) =>
      (event: string, fields?: LogFields): void => {
        log.push(fields ? { level, event, fields } : { level, event });
      };
    const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
    // The save dialog "chooses" the suggested name in exportDir, as a lawyer clicking Save would.
    const saveDialog = (name: string) => Promise.resolve(path.join(exportDir, path.basename(name)));
    const backend = createBackend({
      vaultDir,
      clock,
      logger,
      kdf: { ...TEST_KDF },
      allowedOrigins: [appOrigin],
      saveDialog,
      openDialog: () => Promise.resolve(openChoice.path),
      // The folder dialog for automatic backups answers with the same test-chosen path.
      openFolderDialog: () => Promise.resolve(openChoice.path),
      // And so does the spreadsheet dialog of the import (issue 17).
      openImportDialog: () => Promise.resolve(openChoice.path),
      // And the key and handover files of a case handover (issue 17 §2).
      openFilesDialog: () => Promise.resolve(openChoice.path === null ? [] : [openChoice.path]),
    });
    backendLogs.set(backend, log);
    try {
      await use(backend);
    } finally {
      await backend.dispose();
    }
    const failed = testInfo.status !== testInfo.expectedStatus;
    const errors = log.filter((entry) => entry.level === 'error');
    if (log.length > 0 && (failed || errors.length > 0)) {
      await testInfo.attach('backend-log.jsonl', {
        body: log.map((e) => JSON.stringify(e)).join('\n'),
        contentType: 'text/plain',
      });
    }
    if (failOnBackendError && errors.length > 0) {
      throw new Error(`the backend logged error(s): ${errors.map((e) => JSON.stringify(e)).join(', ')}`);
    }
  },

  vault: async ({ vaultDir, backend, clock, appOrigin }, use) => {
    const sender: SenderInfo = { origin: appOrigin, trusted: true };
    const invoke: VaultHarness['invoke'] = (channel, input) => invokeOn(backend, channel, input, sender);
    const call: VaultHarness['call'] = (channel, input) => callOn(backend, channel, input, sender);
    await use({ dir: vaultDir, backend, clock, sender, log: backendLogs.get(backend) ?? [], invoke, call });
  },

  // `vault` is listed first so it is set up before, and torn down after, the browser context.
  context: async ({ vault, context, failOnPageError }, use, testInfo) => {
    let closing = false;
    const invokeFailures: string[] = [];
    const pageErrors: string[] = [];

    await context.exposeBinding(BINDING, async (source, channel: unknown, input: unknown) => {
      if (closing) return { ok: false, error: { code: 'LOCKED', message: 'test is over' } };
      const sender: SenderInfo = {
        origin: originOf(source.frame.url()),
        trusted: source.frame === source.page.mainFrame(),
      };
      try {
        return await vault.backend.invoke(channel, input, sender);
      } catch (error) {
        // Electron would reject with "Error invoking remote method"; the contract says never throw.
        invokeFailures.push(
          `${String(channel)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        throw new Error(`backend.invoke threw for ${String(channel)}`);
      }
    });
    // Mirrors the preload: one frozen `invoke`, nothing else reaches the page.
    await context.addInitScript(
      ({ binding, key }: { binding: string; key: string }) => {
        const w = window as unknown as Record<string, (c: unknown, i: unknown) => Promise<unknown>>;
        // Looked up per call: the binding may be installed after this script runs.
        const api = Object.freeze({ invoke: (channel: unknown, input: unknown) => w[binding]!(channel, input) });
        Object.defineProperty(window, key, { value: api, enumerable: true, configurable: false, writable: false });
      },
      { binding: BINDING, key: BRIDGE_KEY },
    );
    context.on('weberror', (webError) => {
      const e = webError.error();
      pageErrors.push(e.stack ?? e.message);
    });

    await use(context);
    closing = true;

    if (pageErrors.length > 0) {
      await testInfo.attach('page-errors.txt', { body: pageErrors.join('\n\n'), contentType: 'text/plain' });
    }
    if (invokeFailures.length > 0) {
      throw new Error(`backend.invoke threw (it must return an envelope):\n${invokeFailures.join('\n')}`);
    }
    if (failOnPageError && pageErrors.length > 0) {
      throw new Error(`uncaught error(s) in the renderer:\n${pageErrors.join('\n')}`);
    }
  },
});

/**
 * Calls `window.emanet.invoke` inside the page, i.e. through the same path the renderer uses
 * (binding → origin/frame check → router), typed from the contract.
 */
export function invokeInPage<C extends Channel>(
  page: Page,
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<ChannelOutput<C>>> {
  return page.evaluate(
    ([key, c, i]) =>
      (window as unknown as Record<string, { invoke(c: unknown, i: unknown): Promise<unknown> }>)[key]!.invoke(c, i),
    [BRIDGE_KEY, channel, input] as const,
  ) as Promise<Envelope<ChannelOutput<C>>>;
}

const backendLogs = new WeakMap<Backend, BackendLogEntry[]>();

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

export { expect };
