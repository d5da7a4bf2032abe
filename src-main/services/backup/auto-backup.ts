import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { VaultPaths } from '../../storage/vault-paths';
import type { Clock } from '../clock';
import { getSettings, updateSettings } from '../settings-service';
import type { VaultService } from '../vault-service';
import { backupVault } from '.';

/**
 * `emanet-20261128T091500Z.emanet-backup` (`-2`, `-3`… when that name is taken): sortable, and
 * recognisable, but a name proves nothing: anyone can write one into the folder.
 */
export const AUTO_NAME = /^emanet-\d{8}T\d{6}Z(-\d{1,3})?\.emanet-backup$/;
const MAX_NAME_ATTEMPTS = 100;

export function autoBackupName(now: Date, attempt = 1): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `emanet-${stamp}${attempt > 1 ? `-${attempt}` : ''}.emanet-backup`;
}

/**
 * The automatic backup, run while the vault is still open just before it locks (button, idle)
 * or the app quits. A new file in the chosen folder (never over an existing one), recorded in
 * the vault with its hash; then the recorded files beyond the newest `keep` (by recorded time)
 * are deleted, each only if its bytes are still the ones recorded, and never the file just
 * written. Files this vault did not record are never touched: they are counted, and the settings
 * screen says they are there (five files named `emanet-2099…` once made the old name-based
 * pruning delete every real backup).
 */
export async function runAutoBackup(vault: VaultService, paths: VaultPaths, clock: Clock): Promise<string | null> {
  const db = vault.db();
  const settings = await getSettings(db);
  const folder = settings.autoBackupFolder;
  if (folder === null) return null;
  const now = new Date(clock.now());
  const { name, made } = await backUpUnderFreshName(folder, now, (file) =>
    backupVault(vault, paths, clock, file, { replace: false }),
  );
  await db
    .insertInto('auto_backup')
    .values({ folder, name, bytes: made.bytes, sha256: made.sha256, created_at: now.toISOString() })
    .execute();
  await updateSettings(db, { lastBackupAt: now.toISOString() }, clock);
  await pruneRecorded(db, folder, settings.autoBackupKeep, name);
  await updateSettings(db, { autoBackupForeignFiles: await countForeignFiles(db, folder) }, clock);
  return name;
}

async function backUpUnderFreshName<T>(
  folder: string,
  now: Date,
  write: (file: string) => Promise<T>,
): Promise<{ name: string; made: T }> {
  for (let attempt = 1; ; attempt++) {
    const name = autoBackupName(now, attempt);
    try {
      return { name, made: await write(join(folder, name)) };
    } catch (error) {
      const taken = error instanceof AppError && error.details?.includes('backup.exists');
      if (!taken || attempt >= MAX_NAME_ATTEMPTS) throw error;
    }
  }
}

/** Deletes recorded backups beyond the newest `keep`; forgets records whose file is gone or changed. */
async function pruneRecorded(db: Db, folder: string, keep: number, justWritten: string): Promise<void> {
  const recorded = await db
    .selectFrom('auto_backup')
    .selectAll()
    .where('folder', '=', folder)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  for (const old of recorded.slice(keep)) {
    if (old.name === justWritten) continue;
    const path = join(folder, old.name);
    if (await stillOurs(path, old)) await rm(path, { force: true });
    await db.deleteFrom('auto_backup').where('id', '=', old.id).execute();
  }
}

/** A regular file (not a link) with the recorded size and SHA-256. */
async function stillOurs(path: string, record: { bytes: number; sha256: string }): Promise<boolean> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isFile() || info.size !== record.bytes) return false;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex') === record.sha256;
}

/** Files named like automatic backups that this vault did not record in this folder. */
export async function countForeignFiles(db: Db, folder: string): Promise<number> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => AUTO_NAME.test(n));
  if (names.length === 0) return 0;
  const recorded = new Set(
    (await db.selectFrom('auto_backup').select('name').where('folder', '=', folder).execute()).map((r) => r.name),
  );
  return names.filter((n) => !recorded.has(n)).length;
}
