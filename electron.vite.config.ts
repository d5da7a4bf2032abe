/**
 * electron-vite only finds src/main, src/preload and src/renderer by itself; our folders are
 * named explicitly: main and preload from src-main/, the renderer from src-renderer/ (with the
 * `@shared/*` alias of tsconfig.base.json). A sandboxed preload must be one CommonJS file.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
// tests/shell (global-setup.ts) builds into a temp folder so it never races a build in out/.
const out = process.env.EMANET_BUILD_OUT ?? resolve(root, 'out');

export default defineConfig({
  main: {
    build: {
      outDir: resolve(out, 'main'),
      // Native modules (SQLCipher, Argon2) and the rest of `dependencies` load from node_modules.
      externalizeDeps: true,
      lib: { entry: resolve(root, 'src-main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: resolve(out, 'preload'),
      // A sandboxed preload can only require('electron'): bundle everything else into one file.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'src-main/preload/index.ts') },
      rolldownOptions: {
        external: ['electron'],
        output: {
          // "type": "module" would make it ESM, which a sandboxed preload cannot load.
          format: 'cjs',
          entryFileNames: '[name].cjs',
          // One self-contained file: a sandboxed preload cannot load sibling chunks.
          codeSplitting: false,
        },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    // The renderer's one way into src-main (tsconfig.base.json, tests/e2e/vite.renderer.config.ts).
    resolve: { alias: { '@shared': resolve(root, 'src-main/shared') } },
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      // electron-vite leaves the renderer unminified; minified, the window's first paint parses
      // 1.5 MB instead of 3.7 MB (measured: about half the renderer's CPU in the e2e suite).
      minify: true,
      rolldownOptions: {
        input: resolve(root, 'src-renderer/index.html'),
      },
    },
  },
});
