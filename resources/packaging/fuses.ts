/**
 * Electron fuses, flipped in the packaged binary right after packing (before signing). They
 * close ways of running code inside our signed app that a malicious program or a curious
 * person could otherwise use to read a lawyer's vault while it is open:
 *  - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn Emanet into a plain Node.js.
 *  - NODE_OPTIONS and --inspect off: no injected modules, no debugger attached from outside.
 *  - Embedded asar integrity on, and the app only from app.asar: the code that runs is the code
 *    we shipped (macOS and Windows check the archive's hash).
 *  - Cookie encryption on: Chromium's cookie store (unused by us) is encrypted with the OS key.
 *  - file:// without extra privileges: we serve from app://, never file://.
 * tests/unit/packaging.test.ts fails if any of these changes, and flips a fake binary with them.
 */
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';
import path from 'node:path';

export const FUSES = {
  version: FuseVersion.V1,
  // An Electron upgrade that adds a fuse fails the build until we decide its value here.
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default; WebAssembly (pdf.js decoders) runs faster and as safely with it.
  [FuseV1Options.WasmTrapHandlers]: true,
} as const satisfies FuseV1Config;

/** The parts of electron-builder's AfterPackContext this hook reads. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

/** Where the Electron binary (the file holding the fuse wire) is in the packed app. */
export function electronBinaryPath(app: PackedApp): string {
  const name = app.packager.appInfo.productFilename;
  switch (app.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(app.appOutDir, `${name}.app`);
    case 'win32':
      return path.join(app.appOutDir, `${name}.exe`);
    default:
      return path.join(app.appOutDir, app.packager.executableName ?? name);
  }
}

/** electron-builder's afterPack hook: flip, then read back, so a build with wrong fuses fails. */
export async function flipFusesAfterPack(app: PackedApp): Promise<void> {
  const binary = electronBinaryPath(app);
  // Flipping invalidates an ad-hoc signature on Apple silicon; electron-builder signs afterwards.
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature: app.electronPlatformName === 'darwin' });
  const wire = await getCurrentFuseWire(binary);
  for (const [key, wanted] of Object.entries(FUSES)) {
    const index = Number(key);
    if (!Number.isInteger(index)) continue;
    const state = (wire as unknown as Record<number, number | undefined>)[index];
    // FuseState: 49 = ENABLE, 48 = DISABLE.
    if (state !== (wanted ? 49 : 48)) throw new Error(`fuse ${FuseV1Options[index]} is not ${String(wanted)}`);
  }
}
