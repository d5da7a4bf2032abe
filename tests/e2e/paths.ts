import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, independent of the directory Playwright or vite was started from. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** Renderer sources (vite root). */
export const RENDERER_ROOT = path.join(REPO_ROOT, 'src-renderer');
/** Where `npm run build:renderer` writes the renderer for e2e runs of its own (with source maps). */
export const RENDERER_E2E_OUT = path.join(REPO_ROOT, 'out', 'renderer-e2e');
/**
 * The renderer the e2e tests serve. Under `npm test` the build step has already built the app
 * (EMANET_SHELL_OUT) and its renderer is served: the one that ships. It differs from the e2e build
 * only in source maps and vite's modulepreload polyfill, which Chromium does not need.
 */
export const RENDERER_OUT = process.env.EMANET_SHELL_OUT
  ? path.join(process.env.EMANET_SHELL_OUT, 'renderer')
  : RENDERER_E2E_OUT;
/** Screenshots for review; outside Playwright's outputDir so its cleaning leaves them alone. */
export const SCREENS_DIR = path.join(REPO_ROOT, 'test-results', 'screens');
