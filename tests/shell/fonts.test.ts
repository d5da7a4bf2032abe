/**
 * The client note's fonts ship inside the built app (issue 16): the main build copies them to
 * out/main/fonts/, the path the desktop shell hands the service (platform/paths.ts getFontDir),
 * and electron-builder packs out/main/** into app.asar. Without this, a packaged app would read
 * them from node_modules, which it need not contain.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import builderConfig from '../../electron-builder';
import { getFontDir } from '../../src-main/platform/paths';
import { loadClientNoteFonts } from '../../src-main/services/client-notes/client-note-service';
import { CLIENT_NOTE_FONT_FILES } from '../../src-main/services/client-notes/font-files';
import { buildOut } from './harness';

const resolveModule = createRequire(import.meta.url);

describe('client-note fonts in the built app', () => {
  it('are in out/main/fonts, byte for byte the npm fonts, and load from there', async () => {
    const dir = getFontDir(path.join(buildOut(), 'main'));
    for (const font of Object.values(CLIENT_NOTE_FONT_FILES)) {
      const built = path.join(dir, font.file);
      expect(existsSync(built), built).toBe(true);
      expect(readFileSync(built).equals(readFileSync(resolveModule.resolve(font.module)))).toBe(true);
    }
    const fonts = await loadClientNoteFonts(dir);
    expect(fonts.latin.byteLength).toBeGreaterThan(10_000);
    expect(fonts.arabic.byteLength).toBeGreaterThan(10_000);
  });

  it('the shell passes that folder, and electron-builder packs it', () => {
    const main = readFileSync(path.join(buildOut(), 'main', 'index.js'), 'utf8');
    expect(main).toMatch(/fontDir:/);
    expect(builderConfig.files).toContain('out/main/**/*');
  });
});
