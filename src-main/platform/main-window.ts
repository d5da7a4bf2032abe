/**
 * The one window. Its webPreferences are written out here, in the `new BrowserWindow` call
 * itself, so that a reader (and Electronegativity, which reads the literal) sees every security
 * switch where the window is made. The shell test checks what the built app really passes.
 */
import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  /** Production: DevTools cannot be opened at all. */
  production: boolean;
}

export function createMainWindow({ preloadPath, production }: MainWindowOptions): BrowserWindow {
  return new BrowserWindow({
    // Never a client's name: the title shows in task switchers and screen shares.
    title: 'Emanet',
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows; they are refused anyway, this stops the attempt.
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries and sees every word typed: casefile text.
      spellcheck: false,
      devTools: !production,
      safeDialogs: true,
    },
  });
}
