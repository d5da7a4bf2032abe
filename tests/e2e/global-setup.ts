import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RENDERER_E2E_OUT, RENDERER_OUT, RENDERER_ROOT } from './paths';

/**
 * Builds the renderer once per `playwright test` run (vite, not electron-vite: no Electron
 * needed). `E2E_SKIP_BUILD=1` reuses an existing out/renderer-e2e when iterating on tests only.
 * Under `npm test` the build step's renderer is served instead (EMANET_SHELL_OUT, see paths.ts).
 */
export default function globalSetup(): void {
  if (RENDERER_OUT !== RENDERER_E2E_OUT) {
    if (!existsSync(path.join(RENDERER_OUT, 'index.html')))
      throw new Error(`[e2e] EMANET_SHELL_OUT has no renderer/index.html: ${RENDERER_OUT}`);
    console.log(`[e2e] serving the renderer of the build step: ${path.relative(REPO_ROOT, RENDERER_OUT)}`);
    return;
  }
  const builtIndex = path.join(RENDERER_E2E_OUT, 'index.html');
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(builtIndex)) {
    console.log(`[e2e] E2E_SKIP_BUILD=1: reusing ${path.relative(REPO_ROOT, RENDERER_E2E_OUT)}`);
    return;
  }
  if (!existsSync(path.join(RENDERER_ROOT, 'index.html'))) {
    throw new Error(`[e2e] ${path.relative(REPO_ROOT, RENDERER_ROOT)}/index.html is missing: nothing to build`);
  }
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build:renderer'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.error) throw result.error;
  if (result.status !== 0 || !existsSync(builtIndex)) {
    throw new Error(`[e2e] renderer build failed (npm run build:renderer exited ${result.status ?? result.signal})`);
  }
  console.log(`[e2e] renderer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
