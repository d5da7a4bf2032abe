import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { VaultPaths } from '../../storage/vault-paths';
import type { Clock } from '../clock';
import { getSettings, updateSettings } from '../settings-service';
import type { VaultService } from '../vault-service';
import { backupVault } from '.';

/** `emanet-20261128T091500Z.emanet-backup`: sortable by name, and recognisable when pruning. */
const AUTO_NAME = /^emanet-\d{8}T\d{6}Z\.emanet-backup$/;

export function autoBackupName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `emanet-${stamp}.emanet-backup`;
}

/**
 * The automatic backup, run while the vault is still open just before it locks (button, idle)
 * or the app quits: a new file in the chosen folder, then only the newest `keep` of our own
 * files are kept. Files we did not name are never touched.
 */
export async function runAutoBackup(vault: VaultService, paths: VaultPaths, clock: Clock): Promise<string | null> {
  const settings = await getSettings(vault.db());
  const folder = settings.autoBackupFolder;
  if (folder === null) return null;
  const name = autoBackupName(new Date(clock.now()));
  await backupVault(vault, paths, clock, join(folder, name));
  await updateSettings(vault.db(), { lastBackupAt: new Date(clock.now()).toISOString() }, clock);
  const ours = (await readdir(folder)).filter((n) => AUTO_NAME.test(n)).sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - settings.autoBackupKeep))) {
    await rm(join(folder, old), { force: true });
  }
  return name;
}
