import type { z } from 'zod';
import { backupChannels } from './channels/backup';
import { casefileChannels } from './channels/casefile';
import { clientExportChannels } from './channels/client-export';
import { caseworkChannels } from './channels/casework';
import { deadlineChannels } from './channels/deadlines';
import { documentChannels } from './channels/documents';
import { guideChannels } from './channels/guide';
import { handoverChannels } from './channels/handover';
import { importChannels } from './channels/import';
import { reportChannels } from './channels/reports';
import { settingsChannels } from './channels/settings';
import { shellChannels } from './channels/shell';
import { vaultChannels } from './channels/vault';
import type { Envelope } from './errors';

/**
 * One channel of the contract. Two flags, both off unless written on the channel:
 * - `whileLocked`: answered while the vault is locked (opening it, restoring into it, wiping it).
 *   Every other channel is refused with LOCKED by the router before its input is even parsed.
 * - `background`: a call the renderer makes by itself (the lock-state poll, progress polls). It
 *   does not count as the lawyer's activity, or the poll would keep an unattended vault open forever.
 */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  whileLocked?: true;
  background?: true;
}

/**
 * Every IPC channel: `namespace:verb` → input and output schemas (and the flags above), one file
 * per namespace in `channels/`. Both the router and the renderer's typed client are derived from
 * this object; no channel name is written anywhere else.
 */
export const contract = {
  ...vaultChannels,
  ...settingsChannels,
  ...casefileChannels,
  ...caseworkChannels,
  ...deadlineChannels,
  ...documentChannels,
  ...handoverChannels,
  ...clientExportChannels,
  ...guideChannels,
  ...backupChannels,
  ...reportChannels,
  ...importChannels,
  ...shellChannels,
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

function specOf(channel: Channel): ChannelSpec {
  return contract[channel];
}

/** Whether the channel is answered while the vault is locked: its `whileLocked` flag, nothing else. */
export function answersWhileLocked(channel: Channel): boolean {
  return specOf(channel).whileLocked === true;
}

/** Calls the renderer makes by itself (flag `background`): they are not the lawyer's activity. */
export const BACKGROUND_CHANNELS: ReadonlySet<Channel> = new Set(CHANNELS.filter((c) => specOf(c).background));

/** The single function the preload exposes, typed from the contract on the renderer side. */
export type Invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>;

export { IPC_INVOKE } from './ipc-channel';
