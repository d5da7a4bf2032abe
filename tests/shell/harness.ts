/**
 * Starts the built app on the fake Electron in a child process (driver/child.ts) and talks to
 * it. One `ShellApp` per test case; `close()` kills it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import type { FakeConfig } from './fake-electron/fakes';
import type { DriverMessage, DriverRequest, DriverResponses, FrameSpec, Snapshot } from './driver/protocol';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const CHILD = path.join(import.meta.dirname, 'driver', 'child.ts');

/** The build under test: EMANET_SHELL_OUT, or the one global-setup.ts made. */
export function buildOut(): string {
  return inject('shellOut');
}

export interface LaunchOptions {
  /** The app's environment (nothing is inherited but PATH and TMPDIR). */
  env?: Record<string, string>;
  /** The app's command-line arguments (after the executable). */
  argv?: string[];
  config?: Partial<FakeConfig>;
}

export interface ShellApp {
  request<R extends DriverRequest>(request: R): Promise<DriverResponses[R['op']]>;
  invoke(frame: FrameSpec, channel: string, input: unknown): Promise<unknown>;
  snapshot(): Promise<Snapshot>;
  /** Polls the snapshot until `condition` holds (no fixed sleeps). */
  waitFor(condition: (s: Snapshot) => boolean, what: string, timeoutMs?: number): Promise<Snapshot>;
  /** What the app process wrote to stderr (for failure messages). */
  stderr(): string;
  close(): Promise<void>;
}

export async function launchShell(options: LaunchOptions = {}): Promise<ShellApp> {
  const out = buildOut();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    ...options.env,
  };
  const child: ChildProcess = fork(CHILD, [], {
    cwd: REPO,
    execPath: process.execPath,
    execArgv: [],
    env,
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-20_000);
  });

  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let listening: () => void = () => undefined;
  let died: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    listening = resolve;
    died = reject;
  });
  child.on('message', (message: DriverMessage) => {
    if (message.id === 0) return listening();
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiter?.resolve(message.value);
    else waiter?.reject(new Error(`app process: ${message.error}`));
  });
  child.on('exit', (code, signal) => {
    const error = new Error(`app process exited (${code ?? signal})\n${stderr.slice(-4000)}`);
    died(error);
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  });
  await ready;

  const request = <R extends DriverRequest>(req: R): Promise<DriverResponses[R['op']]> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, request: req });
    });

  const app: ShellApp = {
    request,
    invoke: (frame, channel, input) => request({ op: 'invoke', frame, channel, input }),
    snapshot: () => request({ op: 'snapshot' }),
    async waitFor(condition, what, timeoutMs = 30_000) {
      const started = Date.now();
      for (;;) {
        const snap = await app.snapshot();
        if (condition(snap)) return snap;
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stderr: () => stderr,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };

  await request({
    op: 'boot',
    mainPath: path.join(out, 'main', 'index.js'),
    argv: options.argv ?? [],
    config: options.config ?? {},
  });
  return app;
}
