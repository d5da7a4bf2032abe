import { z } from 'zod';
import { recoveryKeySchema, passphraseSchema } from '../schemas/vault';

const empty = z.object({}).strict();

/** Either way into a backup: the passphrase or the recovery key, as for the vault itself. */
const backupSecretSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), value: passphraseSchema }).strict(),
  z.object({ kind: z.literal('recovery'), value: recoveryKeySchema }).strict(),
]);

/** What a restore would destroy, shown to the lawyer before they confirm. */
const existingFolderSchema = z.object({ isVault: z.boolean(), files: z.number().int(), bytes: z.number().int() });

/**
 * Backup, retention and the panic wipe. Files are always chosen in a platform dialog in the
 * main process; the renderer never sends a path. Restoring and wiping are `vault:` channels
 * because they must work while locked (a fresh machine has no unlocked vault to restore into).
 */
export const backupChannels = {
  'backup:create': {
    input: empty,
    output: z.object({
      cancelled: z.boolean(),
      bytes: z.number().int().optional(),
      documents: z.number().int().optional(),
      sha256: z.string().optional(),
    }),
  },
  /** Checks a backup file chosen in the open dialog, with the passphrase or recovery key. */
  'backup:verify': {
    input: z.object({ secret: backupSecretSchema }).strict(),
    output: z.object({
      cancelled: z.boolean(),
      documents: z.number().int().optional(),
      createdAt: z.string().optional(),
    }),
  },
  /**
   * Restores into this app's vault folder. Refused while a vault is open; a folder that is not
   * empty is only replaced with `replace: 'REPLACE'`, after the lawyer saw `existing` (returned
   * by a first call without it, as error VAULT_EXISTS with the counts in `details`).
   */
  'vault:restoreBackup': {
    input: z.object({ secret: backupSecretSchema, replace: z.literal('REPLACE').optional() }).strict(),
    output: z.object({
      cancelled: z.boolean(),
      documents: z.number().int().optional(),
      replaced: existingFolderSchema.nullable().optional(),
    }),
  },
  'cases:dueForDeletion': {
    input: empty,
    output: z.object({
      cases: z.array(
        z.object({
          id: z.string(),
          title: z.string().nullable(),
          closedOn: z.string(),
          retentionYears: z.number().int(),
          dueOn: z.string(),
        }),
      ),
    }),
  },
  /** Deletes every due case for good (no undo): the lawyer types DELETE to confirm. */
  'cases:purgeDue': {
    input: z.object({ confirmation: z.literal('DELETE') }).strict(),
    output: z.object({ purged: z.number().int(), documents: z.number().int() }),
  },
  /** Destroys the key slots, then the vault folder. Backups still open with the passphrase. */
  'vault:panicWipe': { input: z.object({ confirmation: z.literal('WIPE') }).strict(), output: empty },
} as const;
