import type { z } from 'zod';
import {
  answersWhileLocked,
  BACKGROUND_CHANNELS,
  contract,
  isChannel,
  type Channel,
  type Contract,
} from '../shared/contract';
import { AppError, type Envelope } from '../shared/errors';
import { CASE_HANDED_OVER_DETAIL, CASE_HANDED_OVER_MESSAGE } from '../shared/handover-refusals';
import { validationDetails } from '../shared/validation-details';
import type { Logger } from '../services/logger';

export interface SenderInfo {
  /** Origin of the calling frame (e.g. 'app://emanet' in Electron, 'http://127.0.0.1:port' in e2e). */
  origin: string;
  /** True when the call comes from our own window's top frame. */
  trusted: boolean;
}

/**
 * A handler returns what the channel's output schema accepts (its input side): the router
 * parses it, so defaults and normalisations are applied in one place before anything leaves.
 */
export type Handlers = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<z.input<Contract[C]['output']>>;
};

/** The handlers of one namespace's channels, e.g. `HandlersOf<typeof casefileChannels>`. */
export type HandlersOf<Channels> = Pick<Handlers, Extract<keyof Channels, Channel>>;

export interface RouterDeps {
  handlers: Handlers;
  isUnlocked: () => boolean;
  allowedOrigins: readonly string[];
  logger: Logger;
  /** Every accepted call from our window, except background polls, counts as activity. */
  onActivity?: () => void;
}

export type Router = (channel: unknown, input: unknown, sender: SenderInfo) => Promise<Envelope<unknown>>;

const fail = (code: AppError['code'], message: string, details?: string[]): Envelope<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/**
 * Contract → handlers. Validates the sender and the input, refuses every channel without the
 * contract's `whileLocked` flag while locked, validates the output, and turns every failure into an envelope with a
 * code and a fixed message: no stack trace, no path and no client data ever crosses IPC.
 */
export function createRouter(deps: RouterDeps): Router {
  return async (channel, input, sender) => {
    if (!sender.trusted || !deps.allowedOrigins.includes(sender.origin)) {
      deps.logger.warn('ipc.forbidden_sender');
      return fail('FORBIDDEN', 'Call refused');
    }
    if (!isChannel(channel)) return fail('VALIDATION', 'Unknown channel');
    if (!answersWhileLocked(channel) && !deps.isUnlocked()) return fail('LOCKED', 'The vault is locked');

    const spec = contract[channel];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      // Paths and message codes only, never the offending values: they may be client data.
      return fail('VALIDATION', 'Invalid input', validationDetails(parsed.error.issues));
    }

    if (!BACKGROUND_CHANNELS.has(channel)) deps.onActivity?.();
    let value: unknown;
    try {
      const handler = deps.handlers[channel] as (input: unknown) => Promise<unknown>;
      value = await handler(parsed.data);
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      // A handed-over case kept read-only: the database's own trigger refused the change.
      if (error instanceof Error && error.message.includes(CASE_HANDED_OVER_MESSAGE))
        return fail('CONFLICT', 'This case was handed over and is read-only', [CASE_HANDED_OVER_DETAIL]);
      deps.logger.error('ipc.handler_failed', { channel, error: error instanceof Error ? error.name : 'unknown' });
      return fail('INTERNAL', 'Something went wrong');
    }

    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      deps.logger.error('ipc.invalid_output', { channel });
      return fail('INTERNAL', 'Something went wrong');
    }
    return { ok: true, value: checked.data };
  };
}
