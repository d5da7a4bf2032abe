/**
 * Builds the app once for every test in tests/shell (main, preload and renderer, as
 * `electron-vite build` makes them for the packaged app), into a temp folder, unless
 * EMANET_SHELL_OUT names a build that `npm test` already made. Runs only when a shell test is
 * selected (vitest runs a project's global setup only then).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding main/, preload/ and renderer/ of the build under test. */
    shellOut: string;
  }
}

const REPO = path.resolve(import.meta.dirname, '..', '..');

function assertBuilt(out: string): void {
  for (const file of ['main/index.js', 'preload/index.cjs', 'renderer/index.html']) {
    if (!existsSync(path.join(out, file))) throw new Error(`the build in ${out} has no ${file}`);
  }
}

export default function setup(project: TestProject): (() => void) | undefined {
  const prebuilt = process.env.EMANET_SHELL_OUT;
  if (prebuilt) {
    const out = path.resolve(prebuilt);
    assertBuilt(out);
    project.provide('shellOut', out);
    return undefined;
  }
  const out = mkdtempSync(path.join(os.tmpdir(), 'emanet-shell-build-'));
  const result = spawnSync(path.join(REPO, 'node_modules', '.bin', 'electron-vite'), ['build'], {
    cwd: REPO,
    env: { ...process.env, EMANET_BUILD_OUT: out, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`electron-vite build failed:\n${`${result.stdout}\n${result.stderr}`.slice(-4000)}`);
  }
  assertBuilt(out);
  project.provide('shellOut', out);
  return () => rmSync(out, { recursive: true, force: true });
}
