import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Paths written out here rather than imported from ./paths: vite's config loader prefers
// imports with file extensions, which tsc (without allowImportingTsExtensions) refuses.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the renderer for the e2e tests without electron-vite (and so without Electron):
 * same root and entry (src-renderer/index.html) as the app, output in out/renderer-e2e
 * (RENDERER_E2E_OUT in ./paths.ts). If the renderer grows path aliases or `define`s in
 * electron.vite.config.ts, mirror them here.
 */
export default defineConfig({
  root: `${repoRoot}src-renderer`,
  base: './',
  resolve: { alias: { '@shared': `${repoRoot}src-main/shared` } },
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: `${repoRoot}out/renderer-e2e`,
    emptyOutDir: true,
    sourcemap: true,
    // Readable stack traces in test failures matter more than bundle size here.
    minify: false,
    reportCompressedSize: false,
  },
});
