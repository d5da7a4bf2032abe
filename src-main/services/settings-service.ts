import type { Db } from '../db/connection';
import { basename } from 'node:path';
import { AUTO_LOCK_DEFAULT, settingsSchema, type Settings, type SettingsView } from '../shared/schemas/vault';
import type { Clock } from './clock';

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: AUTO_LOCK_DEFAULT,
  lawyerName: '',
  reminderShowsCaseNumber: false,
  // A proposal only: the lawyer sets it (and per case) to what their retention duties require.
  retentionYears: 10,
  lastBackupAt: null,
  autoBackupFolder: null,
  autoBackupKeep: 5,
  privacyScreen: false,
  autoBackupForeignFiles: 0,
  internalDeadlineWorkingDays: 2,
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>;

/** Reads every setting, falling back per key to its default when missing or unreadable. */
export async function getSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('setting').select(['key', 'value']).execute();
  const stored: Record<string, unknown> = {};
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      // An unreadable value is ignored; its default applies.
    }
  }
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const candidate = settingsSchema.shape[key].safeParse(stored[key]);
    if (candidate.success) merged[key] = candidate.data;
  }
  return settingsSchema.parse(merged);
}

export async function updateSettings(db: Db, patch: Partial<Settings>, clock: Clock): Promise<Settings> {
  const valid = settingsSchema.partial().parse(patch);
  const updatedAt = new Date(clock.now()).toISOString();
  await db.transaction().execute(async (tx) => {
    for (const key of SETTING_KEYS) {
      if (valid[key] === undefined) continue;
      const value = JSON.stringify(valid[key]);
      await tx
        .insertInto('setting')
        .values({ key, value, updated_at: updatedAt })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
        .execute();
    }
  });
  return getSettings(db);
}

/** The settings for the renderer: the backup folder by its name only (see settingsViewSchema). */
export function settingsView(settings: Settings): SettingsView {
  const { autoBackupFolder, ...rest } = settings;
  return { ...rest, autoBackupFolderName: autoBackupFolder === null ? null : folderDisplayName(autoBackupFolder) };
}

/** The last part of a folder path (`/media/ayse/YEDEK` → `YEDEK`); the root keeps its own name. */
export function folderDisplayName(folder: string): string {
  return (basename(folder) || folder).slice(0, 255);
}
