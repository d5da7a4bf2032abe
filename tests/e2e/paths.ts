import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root, independent of the directory Playwright or vite was started from. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** Renderer sources (vite root). */
export const RENDERER_ROOT = path.join(REPO_ROOT, 'src-renderer');
/** Where `npm run build:renderer` writes the renderer the e2e tests serve. */
export const RENDERER_E2E_OUT = path.join(REPO_ROOT, 'out', 'renderer-e2e');
/** Screenshots for review; outside Playwright's outputDir so its cleaning leaves them alone. */
export const SCREENS_DIR = path.join(REPO_ROOT, 'test-results', 'screens');
