import { z } from 'zod';
import { backupChannels } from './channels/backup';
import { casefileChannels } from './channels/casefile';
import { caseworkChannels } from './channels/casework';
import { deadlineChannels } from './channels/deadlines';
import { documentChannels } from './channels/documents';
import { reportChannels } from './channels/reports';
import { shellChannels } from './channels/shell';
import type { Envelope } from './errors';
import {
  languageSchema,
  passphraseRatingSchema,
  passphraseSchema,
  recoveryKeySchema,
  settingsPatchSchema,
  settingsViewSchema,
  vaultStatusSchema,
} from './schemas/vault';

const empty = z.object({}).strict();

/**
 * Every IPC channel: `namespace:verb` → input and output schemas. Both the router and the
 * renderer's typed client are derived from this object; no channel name is written anywhere else.
 * Channels in the `vault` namespace are the only ones answered while the vault is locked.
 */
export const contract = {
  'vault:status': { input: empty, output: vaultStatusSchema },
  'vault:ratePassphrase': {
    input: z.object({ passphrase: passphraseSchema }).strict(),
    output: passphraseRatingSchema,
  },
  'vault:create': {
    input: z.object({ passphrase: passphraseSchema }).strict(),
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault:unlock': { input: z.object({ passphrase: passphraseSchema }).strict(), output: empty },
  'vault:unlockWithRecoveryKey': { input: z.object({ recoveryKey: recoveryKeySchema }).strict(), output: empty },
  'vault:lock': { input: empty, output: empty },
  'vault:changePassphrase': {
    input: z.object({ current: passphraseSchema, next: passphraseSchema }).strict(),
    output: empty,
  },
  /**
   * For a lawyer who forgot the passphrase: the recovery key proves ownership and a new
   * passphrase replaces the old one. Works locked or unlocked; the recovery key stays valid.
   */
  'vault:resetPassphrase': {
    input: z.object({ recoveryKey: recoveryKeySchema, next: passphraseSchema }).strict(),
    output: empty,
  },
  /**
   * Creates a demo vault full of fictional people (passphrase `demo`) and leaves it unlocked, so
   * a newcomer sees a living app without typing a single client.
   */
  'vault:createDemo': {
    input: z.object({ clients: z.number().int().min(1).max(500).default(60) }).strict(),
    output: empty,
  },
  /** Deletes a demo vault so the lawyer can create their own. Refused for a real vault. */
  'vault:discardDemo': { input: empty, output: empty },
  'vault:setLanguage': { input: z.object({ language: languageSchema }).strict(), output: empty },
  /** The renderer reports user activity (keys, clicks) so idle auto-lock counts real idleness. */
  'vault:activity': { input: empty, output: empty },

  'settings:get': { input: empty, output: settingsViewSchema },
  'settings:update': { input: settingsPatchSchema.strict(), output: settingsViewSchema },

  ...casefileChannels,
  ...caseworkChannels,
  ...deadlineChannels,
  ...documentChannels,
  ...backupChannels,
  ...reportChannels,
  ...shellChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Channels answered while locked: the vault namespace, by rule rather than by list. */
export function isVaultChannel(channel: Channel): boolean {
  return channel.startsWith('vault:');
}

/**
 * Calls the renderer makes by itself (the lock-state poll). They must not count as the lawyer's
 * activity, or the poll would keep an unattended vault open forever.
 */
export const BACKGROUND_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'vault:status',
  // Progress polls of a running backup or restore: an unattended backup must not keep the vault open.
  'backup:job',
  'vault:restoreJob',
  // The renderer waiting for the next menu command: waiting is not the lawyer doing anything.
  'shell:nextCommand',
  // Whether a PDF's text has reached the search index yet (documents section, while one is pending).
  'documents:textStatus',
]);

/** The single function the preload exposes, typed from the contract on the renderer side. */
export type Invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>;

export { IPC_INVOKE } from './ipc-channel';
