import { createBackend, type Backend, type BackendOptions, type SenderInfo } from '../../src-main/backend';
import { silentLogger } from '../../src-main/services/logger';
import type { Channel, ChannelInput, ChannelOutput } from '../../src-main/shared/contract';
import type { Envelope } from '../../src-main/shared/errors';
import { TEST_KDF } from './temp-vault';

/**
 * The one way integration tests build and drive the real backend (the same `createBackend` the
 * Electron shell and the e2e harness use) and call its channels as our own window would.
 */

/** The app's own window: the origin the test backends accept, top-level frame. */
export const OURS: SenderInfo = { origin: 'app://emanet', trusted: true };

/** `createBackend` for tests: our origin, the cheap test KDF and a silent logger unless given. */
export function testBackend(options: Omit<BackendOptions, 'allowedOrigins'> & Partial<BackendOptions>): Backend {
  return createBackend({ allowedOrigins: [OURS.origin], kdf: TEST_KDF, logger: silentLogger, ...options });
}

/** Calls `channel` through the router (sender, lock, validation) and returns the envelope. */
export function invokeOn<C extends Channel>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
  sender: SenderInfo = OURS,
): Promise<Envelope<ChannelOutput<C>>> {
  return backend.invoke(channel, input, sender) as Promise<Envelope<ChannelOutput<C>>>;
}

/** Like `invokeOn`, but returns the value and throws `channel: CODE [details]` on a failure. */
export async function callOn<C extends Channel>(
  backend: Backend,
  channel: C,
  input: ChannelInput<C>,
  sender: SenderInfo = OURS,
): Promise<ChannelOutput<C>> {
  const result = await invokeOn(backend, channel, input, sender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${JSON.stringify(result.error.details ?? [])}`);
  return result.value;
}

/** An envelope's error code, or 'OK'. */
export const codeOf = (result: Envelope<unknown>): string => (result.ok ? 'OK' : result.error.code);

/**
 * `invoke` and `call` bound to the backend a test holds (read when called, so a `beforeEach`
 * can build a new one each time).
 */
export function channelsOf(current: () => Backend) {
  return {
    invoke: <C extends Channel>(channel: C, input: ChannelInput<C>) => invokeOn(current(), channel, input),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>) => callOn(current(), channel, input),
  };
}
