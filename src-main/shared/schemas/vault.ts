import { z } from 'zod';

export const LANGUAGES = ['tr', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Long enough for a passphrase of several words; short enough to refuse pasted documents. */
export const passphraseSchema = z.string().min(1).max(1024);

/** 32 Crockford base32 characters in groups of four; separators and case are forgiven. */
export const recoveryKeySchema = z.string().min(1).max(200);

export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 60;
export const AUTO_LOCK_DEFAULT = 5;
export const autoLockMinutesSchema = z.number().int().min(AUTO_LOCK_MIN).max(AUTO_LOCK_MAX);

export const vaultStatusSchema = z.object({
  /** A vault (key-slot file) exists in the vault folder. */
  exists: z.boolean(),
  unlocked: z.boolean(),
  language: languageSchema,
  /** The vault holds fictional demo data (passphrase `demo`); the UI marks every screen. */
  demo: z.boolean(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

/** Reason codes, mapped to messages by the renderer's i18n. */
export const PASSPHRASE_REASONS = [
  'tooShort',
  'tooGuessable',
  'commonPassword',
  'repeats',
  'sequence',
  'dictionaryWord',
  'dates',
  'keyboardPattern',
] as const;
export const passphraseReasonSchema = z.enum(PASSPHRASE_REASONS);
export type PassphraseReason = z.infer<typeof passphraseReasonSchema>;

export const passphraseRatingSchema = z.object({
  /** 0 (trivial) … 4 (very strong), from zxcvbn. */
  score: z.number().int().min(0).max(4),
  acceptable: z.boolean(),
  reasons: z.array(passphraseReasonSchema),
});
export type PassphraseRating = z.infer<typeof passphraseRatingSchema>;

export const settingsSchema = z.object({
  autoLockMinutes: autoLockMinutesSchema,
  /** The lawyer's own name as it should appear on their reports; optional. */
  lawyerName: z.string().max(200),
  /** Reminders name no client; this opt-in adds the court file number to them. */
  reminderShowsCaseNumber: z.boolean(),
  /**
   * Years a closed case is kept before it is due for deletion (per case it can differ). Legal
   * retention duties vary with the matter and the bar's rules, so this is the lawyer's choice;
   * Emanet only proposes a default and never deletes without being asked.
   */
  retentionYears: z.number().int().min(1).max(100),
  /** When the last backup from this vault completed (ISO 8601), for the "N days ago" reminder. */
  lastBackupAt: z.iso.datetime().nullable(),
  /**
   * Folder for automatic backups on lock and quit (a USB stick, a synced folder), or null when
   * off. Chosen only through the main process's folder dialog, never sent by the renderer.
   */
  autoBackupFolder: z.string().max(4096).nullable(),
  /** How many automatic backups to keep in that folder; older ones are removed. */
  autoBackupKeep: z.number().int().min(1).max(30),
  /**
   * Privacy screen: hide the window's content whenever it loses focus (courthouse corridors,
   * shared screens). The shortcut hides it on demand whatever this says.
   */
  privacyScreen: z.boolean(),
  /**
   * Files in the automatic backup folder named like automatic backups that this vault did not
   * write (planted, or left by an older version), counted at the last automatic backup. Emanet
   * never deletes them; the settings screen says they are there.
   */
  autoBackupForeignFiles: z.number().int().min(0).max(1_000_000),
  /** The lawyer's own margin ("iç süre"): working days before each legal last day (0: none). */
  internalDeadlineWorkingDays: z.number().int().min(0).max(30),
});
export type Settings = z.infer<typeof settingsSchema>;
/** What the renderer may change: the backup state is written by the backup itself, never claimed. */
export const settingsPatchSchema = settingsSchema
  .omit({ lastBackupAt: true, autoBackupFolder: true, autoBackupForeignFiles: true })
  .partial();

/** A folder as the renderer may see it: its own name, never the path to it (it can name people). */
export const folderDisplayNameSchema = z.string().max(255);

/**
 * The settings as they cross IPC: the automatic backup folder is a display name only, so a
 * compromised renderer learns no path on this machine (a home folder names the lawyer).
 */
export const settingsViewSchema = settingsSchema
  .omit({ autoBackupFolder: true })
  .extend({ autoBackupFolderName: folderDisplayNameSchema.nullable() });
export type SettingsView = z.infer<typeof settingsViewSchema>;
