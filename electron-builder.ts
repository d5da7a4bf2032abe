/**
 * Installers: `npm run dist` on each operating system (electron-builder builds for the one it
 * runs on; .github/workflows/release.yml does all three). It needs a machine that can download
 * Electron, so it cannot run in this repository's offline CI; tests/unit/packaging.test.ts
 * checks this file and the fuses instead.
 */
import type { Configuration } from 'electron-builder';
import { flipFusesAfterPack } from './resources/packaging/fuses';

const config: Configuration = {
  appId: 'org.emanet.desktop',
  productName: 'Emanet',
  copyright: 'Copyright © 2026 Emanet',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the built app: main, the sandboxed preload, and the renderer (with pdf.js's worker,
  // which Vite emits as out/renderer/assets/pdf.worker.min-<hash>.mjs). Source maps stay out.
  files: ['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map'],
  asar: true,
  // Native addons cannot be loaded from inside an archive: SQLCipher and Argon2 are unpacked.
  asarUnpack: ['node_modules/better-sqlite3-multiple-ciphers/**/*.node', 'node_modules/@node-rs/argon2*/**/*.node'],
  // Both native modules ship N-API prebuilds for every platform: nothing to compile, no headers
  // to download.
  npmRebuild: false,
  afterPack: flipFusesAfterPack,

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'resources/icons/icon.ico',
  },
  nsis: {
    // Per user, no administrator rights: many volunteers use laptops they do not administer.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    // The vault lives in the user's application data: uninstalling must never delete it.
    deleteAppDataOnUninstall: false,
  },

  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: 'resources/icons/icon.icns',
    category: 'public.app-category.business',
    hardenedRuntime: true,
    entitlements: 'resources/entitlements.mac.plist',
    entitlementsInherit: 'resources/entitlements.mac.plist',
  },
  dmg: { sign: false },

  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons/linux',
    category: 'Office',
    executableName: 'emanet',
    maintainer: 'Emanet <security@emanet.invalid>',
    synopsis: 'Encrypted casefiles for refugee-rights lawyers',
  },
};

export default config;
