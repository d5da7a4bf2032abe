import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliIo } from '../../src-main/cli/io';
import { runCli } from '../../src-main/cli/main';

/** What one CLI invocation printed and how it exited. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** EMANET_LANG for the run: 'en' unless given; null leaves it unset (the CLI then speaks Turkish). */
  lang?: string | null;
  /** Working folder of a spawned CLI (default: the repository root). Commands that write next to
   * where they are run (`org keygen` without `--out`) get a temp folder, never the checkout. */
  cwd?: string;
}

const languageEnv = (options: CliOptions): Record<string, string> =>
  options.lang === null ? {} : { EMANET_LANG: options.lang ?? 'en' };

/**
 * A `CliIo` that records what a command prints, line by line, with no terminal to prompt in;
 * `printed(code)` gives the streams as `src-main/cli/index.ts` writes them (a newline per line).
 */
export function capturingIo(env: Record<string, string | undefined>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    env,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    promptSecret: () => Promise.resolve(null),
  };
  const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
  return { io, out, err, printed: (code: number | null): CliRun => ({ code, stdout: text(out), stderr: text(err) }) };
}

/**
 * Runs the CLI in this process through its `CliIo` seam: the same `runCli` that
 * `src-main/cli/index.ts` calls, with the environment limited to what is passed (plus the
 * language), like a spawned CLI started with an empty environment, but without starting tsx
 * for every call (seconds each on a busy machine).
 */
export async function cli(args: string[], env: Record<string, string> = {}, options: CliOptions = {}): Promise<CliRun> {
  const { io, printed } = capturingIo({ ...languageEnv(options), ...env });
  return printed(await runCli(args, io));
}

/**
 * Runs the real CLI as a separate process (`npm run cli` without npm), as a lawyer's script
 * would: real streams, real exit code, no terminal. Slow: kept for one smoke test per command
 * group (tests/integration/cli-smoke.test.ts) and for what only a process shows (resource limits).
 */
export function spawnCli(args: string[], env: Record<string, string> = {}, options: CliOptions = {}): CliRun {
  const run = spawnSync(process.execPath, [...CLI_ENTRY, ...args], {
    env: { PATH: process.env.PATH ?? '', ...languageEnv(options), ...env },
    encoding: 'utf8',
    input: '',
    cwd: options.cwd ?? REPO_ROOT,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** How a test starts the CLI's entry point with Node, from any working folder. */
export const CLI_ENTRY = [
  '--import',
  pathToFileURL(createRequire(path.join(REPO_ROOT, 'package.json')).resolve('tsx')).href,
  path.join(REPO_ROOT, 'src-main', 'cli', 'index.ts'),
] as const;

/** `--json` prints exactly one JSON document: one line, nothing else on stdout. */
export function onlyJson(stdout: string): unknown {
  const lines = stdout.trim().split('\n');
  if (lines.length !== 1)
    throw new Error(`expected one line of JSON on stdout, got ${lines.length}: ${stdout.slice(0, 200)}`);
  return JSON.parse(lines[0] ?? '');
}
