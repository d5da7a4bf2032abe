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
  'vault:unlock': { input: withPassphrase, output: emptySchema, whileLocked: true },
  'vault:unlockWithRecoveryKey': {
    input: z.object({ recoveryKey: recoveryKeySchema }).strict(),
    output: emptySchema,
    whileLocked: true,
  },
  'vault:lock': { input: emptySchema, output: emptySchema, whileLocked: true },
  'vault:changePassphrase': {
    input: z.object({ current: passphraseSchema, next: passphraseSchema }).strict(),
    output: emptySchema,
    whileLocked: true,
  },
  /**
   * For a lawyer who forgot the passphrase: the recovery key proves ownership and a new
   * passphrase replaces the old one. Works locked or unlocked; the recovery key stays valid.
   */
  'vault:resetPassphrase': {
    input: z.object({ recoveryKey: recoveryKeySchema, next: passphraseSchema }).strict(),
    output: emptySchema,
    whileLocked: true,
  },
  /**
   * Creates a demo vault full of fictional people (passphrase `demo`) and leaves it unlocked, so
   * a newcomer sees a living app without typing a single client.
   */
  'vault:createDemo': {
    input: z.object({ clients: z.number().int().min(1).max(500).default(60) }).strict(),
    output: emptySchema,
    whileLocked: true,
  },
  /** Deletes a demo vault so the lawyer can create their own. Refused for a real vault. */
  'vault:discardDemo': { input: emptySchema, output: emptySchema, whileLocked: true },
  'vault:setLanguage': {
    input: z.object({ language: languageSchema }).strict(),
    output: emptySchema,
    whileLocked: true,
  },
  /** The renderer reports user activity (keys, clicks) so idle auto-lock counts real idleness. */
  'vault:activity': { input: emptySchema, output: emptySchema, whileLocked: true },
} as const;
