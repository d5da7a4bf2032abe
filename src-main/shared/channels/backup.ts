import { z } from 'zod';
import { appErrorSchema } from '../errors';
import { LIMITS } from '../limits';
import { folderDisplayNameSchema, recoveryKeySchema, passphraseSchema } from '../schemas/vault';
import { emptySchema } from '../schemas/channel-parts';

/** Either way into a backup: the passphrase or the recovery key, as for the vault itself. */
const backupSecretSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passphrase'), value: passphraseSchema }).strict(),
  z.object({ kind: z.literal('recovery'), value: recoveryKeySchema }).strict(),
]);

/**
 * What a restore would destroy (or did), shown to the lawyer: a vault, whose file count and size
 * are not told while it is locked (they would say how much it holds to whoever sits at the lock
 * screen), or so many other files.
 */
const existingFolderSchema = z.object({
  isVault: z.boolean(),
  files: z.number().int().min(0).optional(),
  bytes: z.number().int().min(0).optional(),
});

const jobIdSchema = z
  .object({
    jobId: z
      .string()
      .length(LIMITS.opaqueId)
      .regex(/^[0-9a-f]{32}$/),
  })
  .strict();

/** Started, or not, because the lawyer closed the file dialog. */
const jobStartedSchema = z.object({ cancelled: z.boolean(), jobId: z.string().optional() });

/** What a finished job produced; the file is named (a bare name, never the folder path). */
const jobResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('create'),
    fileName: z.string(),
    bytes: z.number().int(),
    documents: z.number().int(),
    sha256: z.string(),
  }),
  z.object({ kind: z.literal('verify'), documents: z.number().int(), createdAt: z.string(), bytes: z.number().int() }),
  z.object({ kind: z.literal('restore'), documents: z.number().int(), replaced: existingFolderSchema.nullable() }),
]);

/**
 * A job as the renderer polls it (~4 times a second): invoke is request/response, so progress
 * is read rather than pushed. `done`/`total` are bytes; `cancelled` and `error` end it too.
 */
const jobStatusSchema = z.object({
  phase: z.enum(['starting', 'snapshot', 'copy', 'verify', 'done']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  finished: z.boolean(),
  cancelled: z.boolean(),
  result: jobResultSchema.optional(),
  error: appErrorSchema.optional(),
});

/**
 * Backup, retention and the panic wipe. Files are always chosen in a platform dialog in the
 * main process; the renderer never sends a path. Restoring and wiping are `vault:` channels
 * answered while locked (`whileLocked`): a fresh machine has no unlocked vault to restore into.
 */
export const backupChannels = {
  'backup:create': {
    input: emptySchema,
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
    whileLocked: true,
  },
  /**
   * Starts a backup (save dialog first) or a verification (open dialog first) as a job and
   * returns at once; `backup:job` reports progress. Jobs are dropped (and aborted) on lock.
   */
  'backup:start': {
    input: z.discriminatedUnion('action', [
      z.object({ action: z.literal('create') }).strict(),
      z.object({ action: z.literal('verify'), secret: backupSecretSchema }).strict(),
    ]),
    output: jobStartedSchema,
  },
  /** Polled (`background`): an unattended backup must not keep the vault open. */
  'backup:job': { input: jobIdSchema, output: jobStatusSchema, background: true },
  /** Aborts a running job; its temp files are removed. A finished job is left as it is. */
  'backup:cancel': { input: jobIdSchema, output: emptySchema },
  /**
   * Automatic backup on lock and quit: the folder is chosen in the main process's dialog; only
   * its name comes back, with how many look-alike files this vault did not write it holds.
   */
  'backup:chooseAutoFolder': {
    input: emptySchema,
    output: z.object({ folder: folderDisplayNameSchema.nullable(), foreignFiles: z.number().int().min(0) }),
  },
  'backup:disableAuto': { input: emptySchema, output: emptySchema },
  /**
   * `vault:restoreBackup` as a job, for the first-run and unlock screens (so `vault:`, as it
   * runs locked). The VAULT_EXISTS refusal comes before the open dialog, with what would be lost.
   */
  'vault:startRestore': {
    input: z.object({ secret: backupSecretSchema, replace: z.literal('REPLACE').optional() }).strict(),
    output: jobStartedSchema,
    whileLocked: true,
  },
  'vault:restoreJob': { input: jobIdSchema, output: jobStatusSchema, whileLocked: true, background: true },
  'vault:cancelRestore': { input: jobIdSchema, output: emptySchema, whileLocked: true },
  'cases:dueForDeletion': {
    input: emptySchema,
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
  'vault:panicWipe': {
    input: z.object({ confirmation: z.literal('WIPE') }).strict(),
    output: emptySchema,
    whileLocked: true,
  },
} as const;
