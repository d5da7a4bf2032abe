/**
 * electron-vite only finds src/main, src/preload and src/renderer by itself; our folders are
 * named explicitly: main and preload from src-main/, the renderer from src-renderer/ (with the
 * `@shared/*` alias of tsconfig.base.json). A sandboxed preload must be one CommonJS file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { BUNDLED_FONT_DIR, CLIENT_NOTE_FONT_FILES } from './src-main/services/client-notes/font-files';

const root = import.meta.dirname;
// tests/shell (global-setup.ts) builds into a temp folder so it never races a build in out/.
const out = process.env.EMANET_BUILD_OUT ?? resolve(root, 'out');

const resolveModule = createRequire(import.meta.url);

/**
 * Copies the client note's fonts (OFL, from npm) into out/main/fonts/, where the shell tells the
 * service to read them (platform/paths.ts getFontDir): the packaged app carries them in its own
 * archive, not through node_modules. tests/shell/fonts.test.ts checks the built output.
 */
function clientNoteFonts(): Plugin {
  return {
    name: 'emanet-client-note-fonts',
    generateBundle() {
      for (const font of Object.values(CLIENT_NOTE_FONT_FILES)) {
        this.emitFile({
          type: 'asset',
          fileName: `${BUNDLED_FONT_DIR}/${font.file}`,
          source: readFileSync(resolveModule.resolve(font.module)),
        });
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [clientNoteFonts()],
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
