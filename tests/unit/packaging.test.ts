// The installers' configuration (electron-builder.ts) and the fuses flipped at package time
// (resources/packaging/fuses.ts). Packaging itself needs Electron's binaries, which cannot be downloaded
// here; this test pins what must not change silently, and flips the fuses of a stand-in binary.
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder';
import { electronBinaryPath, flipFusesAfterPack, FUSES } from '../../resources/packaging/fuses';
import { makeTempDir } from '../helpers/temp-vault';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// FuseState bytes in the binary.
const ENABLE = 49;
const DISABLE = 48;

describe('fuses', () => {
  it('are exactly: RunAsNode, NODE_OPTIONS and --inspect off; asar integrity, asar only and cookie encryption on', () => {
    expect(FUSES).toEqual({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.WasmTrapHandlers]: true,
    });
  });

  it('are flipped by the afterPack hook in the packed binary, and read back', async () => {
    expect(config.afterPack).toBe(flipFusesAfterPack);
    const tmp = await makeTempDir('emanet-fuses-');
    try {
      // A stand-in for the Electron binary: filler, the sentinel, wire version 1, nine fuses as
      // Electron ships them (RunAsNode, NODE_OPTIONS and --inspect on; integrity and asar-only off).
      const shipped = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE, ENABLE];
      const binary = Buffer.concat([
        Buffer.alloc(4096, 0x90),
        Buffer.from(SENTINEL, 'ascii'),
        Buffer.from([1, shipped.length, ...shipped]),
        Buffer.alloc(4096, 0x90),
      ]);
      const app = {
        appOutDir: tmp.dir,
        electronPlatformName: 'linux',
        packager: { appInfo: { productFilename: 'Emanet' }, executableName: 'emanet' },
      };
      expect(electronBinaryPath(app)).toBe(path.join(tmp.dir, 'emanet'));
      writeFileSync(electronBinaryPath(app), binary);

      await flipFusesAfterPack(app);

      const wire = await getCurrentFuseWire(electronBinaryPath(app));
      expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
      // Nothing but the wire changed.
      const after = readFileSync(electronBinaryPath(app));
      expect(after.length).toBe(binary.length);
      expect(after.subarray(0, 4096 + SENTINEL.length + 2)).toEqual(binary.subarray(0, 4096 + SENTINEL.length + 2));
    } finally {
      await tmp.cleanup();
    }
  });

  it('find the binary on each platform', () => {
    const packager = { appInfo: { productFilename: 'Emanet' }, executableName: 'emanet' };
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      path.join('/o', 'Emanet.app'),
    );
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      path.join('/o', 'Emanet.exe'),
    );
  });
});

describe('electron-builder configuration', () => {
  it('names the app and takes only the built files', () => {
    expect(config).toMatchObject({
      appId: 'org.emanet.desktop',
      productName: 'Emanet',
      asar: true,
      npmRebuild: false,
      files: ['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json', '!**/*.map'],
    });
    // Electron names the userData folder (and so the default vault folder) after productName.
    expect(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'))).toMatchObject({
      productName: 'Emanet',
      main: 'out/main/index.js',
    });
  });

  it('unpacks the native modules from asar', () => {
    expect(config.asarUnpack).toEqual([
      'node_modules/better-sqlite3-multiple-ciphers/**/*.node',
      'node_modules/@node-rs/argon2*/**/*.node',
    ]);
    // The patterns match the installed addons (this machine's platform at least).
    expect(existsSync(path.join(REPO, 'node_modules/better-sqlite3-multiple-ciphers/prebuilds'))).toBe(true);
  });

  it('ships pdf.js: the renderer worker is an out/renderer asset, the main-process build a dependency', () => {
    const worker = readFileSync(path.join(REPO, 'src-renderer/src/features/documents/PdfView.tsx'), 'utf8');
    expect(worker).toContain("from 'pdfjs-dist/build/pdf.worker.min.mjs?url'");
    expect(config.files).toContain('out/renderer/**/*');
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toContain('pdfjs-dist');
    expect(existsSync(path.join(REPO, 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs'))).toBe(true);
  });

  it('builds a per-user NSIS installer for Windows that never deletes the vault', () => {
    expect(config.win).toMatchObject({ target: [{ target: 'nsis', arch: ['x64'] }], icon: 'resources/icons/icon.ico' });
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds a dmg with the hardened runtime and a minimal entitlements file for macOS', () => {
    expect(config.mac).toMatchObject({
      target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
      icon: 'resources/icons/icon.icns',
      hardenedRuntime: true,
      entitlements: 'resources/entitlements.mac.plist',
      entitlementsInherit: 'resources/entitlements.mac.plist',
    });
    const plist = readFileSync(path.join(REPO, 'resources/entitlements.mac.plist'), 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('builds an AppImage and a deb for Linux', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], icon: 'resources/icons/linux' });
  });

  it('has every icon it names, as real images', () => {
    const magic = (file: string, bytes: number[]) =>
      expect([...readFileSync(path.join(REPO, file)).subarray(0, bytes.length)], file).toEqual(bytes);
    magic('resources/icons/icon.png', [0x89, 0x50, 0x4e, 0x47]);
    magic('resources/icons/icon.ico', [0, 0, 1, 0]);
    magic('resources/icons/icon.icns', [...Buffer.from('icns')]);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      magic(`resources/icons/linux/${size}x${size}.png`, [0x89, 0x50, 0x4e, 0x47]);
    }
  });
});
