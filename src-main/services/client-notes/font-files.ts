/**
 * The client note's fonts (OFL), by npm package. The main-process build copies each into
 * `out/main/fonts/<file>` (electron.vite.config.ts), so the packaged app reads them from inside
 * its own archive whatever electron-builder does with node_modules; the desktop shell passes that
 * folder in (`fontDir`). Run from source (tests, the CLI) they are read from node_modules.
 */
export const CLIENT_NOTE_FONT_FILES = {
  latin: { module: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', file: 'NotoSans_400Regular.ttf' },
  arabic: {
    module: '@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf',
    file: 'Vazirmatn_400Regular.ttf',
  },
} as const;

/** The folder under the main bundle's output (`out/main/`) the fonts are copied to. */
export const BUNDLED_FONT_DIR = 'fonts';
