/**
 * Where the built files live on disk (the vault's folder is vault-location.ts's business). The
 * shell passes `mainDir` (the folder of the built main bundle, out/main) because
 * `import.meta.url` is only meaningful in the bundled file.
 */
import path from 'node:path';
import type { App } from 'electron';
import { BUNDLED_FONT_DIR } from '../services/client-notes/font-files';

export function getPreloadPath(mainDir: string): string {
  return path.join(mainDir, '..', 'preload', 'index.cjs');
}

export function getRendererDir(mainDir: string): string {
  return path.join(mainDir, '..', 'renderer');
}

/** The client note's fonts, copied next to the main bundle at build time (electron.vite.config.ts). */
export function getFontDir(mainDir: string): string {
  return path.join(mainDir, BUNDLED_FONT_DIR);
}

/** Packaged builds and NODE_ENV=production get the production policy (no DevTools, no dev server). */
export function isProduction(app: Pick<App, 'isPackaged'>, env: NodeJS.ProcessEnv): boolean {
  return app.isPackaged || env.NODE_ENV === 'production';
}
