import { z } from 'zod';
import {
  languageSchema,
  passphraseRatingSchema,
  passphraseSchema,
  recoveryKeySchema,
  vaultStatusSchema,
} from '../schemas/vault';
import { emptySchema } from '../schemas/channel-parts';

/** What rating, creating and unlocking with a passphrase take. */
const withPassphrase = z.object({ passphrase: passphraseSchema }).strict();

/** A command answered while the vault is locked that returns nothing. */
const lockedCommand = <I extends z.ZodType>(input: I) => ({ input, output: emptySchema, whileLocked: true as const });

/**
 * The vault itself: create, unlock, lock, passphrases, the demo vault, the interface language.
 * Every one is answered while the vault is locked (`whileLocked`): they are how it gets opened.
 */
export const vaultChannels = {
  /** Polled by the renderer for the lock state (`background`: the poll is not the lawyer's activity). */
  'vault:status': { input: emptySchema, output: vaultStatusSchema, whileLocked: true, background: true },
  'vault:ratePassphrase': {
    input: withPassphrase,
    output: passphraseRatingSchema,
    whileLocked: true,
  },
  'vault:create': {
    input: withPassphrase,
    output: z.object({ recoveryKey: z.string() }),
    whileLocked: true,
  },
  'vault:unlock': lockedCommand(withPassphrase),
  'vault:unlockWithRecoveryKey': lockedCommand(z.object({ recoveryKey: recoveryKeySchema }).strict()),
  'vault:lock': lockedCommand(emptySchema),
  'vault:changePassphrase': lockedCommand(z.object({ current: passphraseSchema, next: passphraseSchema }).strict()),
  /**
   * For a lawyer who forgot the passphrase: the recovery key proves ownership and a new
   * passphrase replaces the old one. Works locked or unlocked; the recovery key stays valid.
   */
  'vault:resetPassphrase': lockedCommand(z.object({ recoveryKey: recoveryKeySchema, next: passphraseSchema }).strict()),
  /**
   * Creates a demo vault full of fictional people (passphrase `demo`) and leaves it unlocked, so
   * a newcomer sees a living app without typing a single client.
   */
  'vault:createDemo': lockedCommand(z.object({ clients: z.number().int().min(1).max(500).default(60) }).strict()),
  /** Deletes a demo vault so the lawyer can create their own. Refused for a real vault. */
  'vault:discardDemo': lockedCommand(emptySchema),
  'vault:setLanguage': lockedCommand(z.object({ language: languageSchema }).strict()),
  /** The renderer reports user activity (keys, clicks) so idle auto-lock counts real idleness. */
  'vault:activity': lockedCommand(emptySchema),
} as const;
