import { BRIDGE_KEY, type EmanetBridge } from '@shared/bridge';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '@shared/contract';
import type { AppErrorShape, Envelope } from '@shared/errors';

/**
 * The only module that touches `window.emanet`. Every call resolves to an envelope (never
 * throws), so screens handle failure in one way, and a `LOCKED` answer from any channel tells
 * the App to drop everything it holds and show the unlock screen.
 */

// Read through globalThis rather than augmenting `Window`: the preload (or the e2e harness)
// installs it, and a missing bridge becomes an INTERNAL envelope instead of a crash.
function bridge(): EmanetBridge | undefined {
  const candidate = (globalThis as Record<string, unknown>)[BRIDGE_KEY] as Partial<EmanetBridge> | undefined;
  return typeof candidate?.invoke === 'function' ? (candidate as EmanetBridge) : undefined;
}

type LockListener = () => void;
const lockListeners = new Set<LockListener>();

/** Subscribe to "the backend says we are locked"; returns the unsubscribe function. */
export function onLocked(listener: LockListener): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

export function notifyLocked(): void {
  for (const listener of [...lockListeners]) listener();
}

function internalError(message: string): { ok: false; error: AppErrorShape } {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

export async function invoke<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<ChannelOutput<C>>> {
  const api = bridge();
  if (!api) return internalError('Bridge unavailable');
  let envelope: Envelope<ChannelOutput<C>>;
  try {
    envelope = await api.invoke(channel, input);
  } catch {
    return internalError('IPC call failed');
  }
  if (!envelope.ok) {
    if (envelope.error.code === 'LOCKED') notifyLocked();
    return envelope;
  }
  // The router validates outputs too; checking again here keeps a bad answer from reaching React.
  const parsed = contract[channel].output.safeParse(envelope.value);
  if (!parsed.success) return internalError('Unexpected answer');
  return { ok: true, value: parsed.data as ChannelOutput<C> };
}

const STATUS_POLL_MS = 5_000;

/**
 * While unlocked, asks `vault:status` every 5 s and whenever the window regains focus, so an
 * idle auto-lock or a lock from the OS (suspend, screen lock) is noticed without a user action.
 */
export function watchForAutoLock(): () => void {
  let stopped = false;
  const check = async (): Promise<void> => {
    const status = await invoke('vault:status', {});
    if (!stopped && status.ok && !status.value.unlocked) notifyLocked();
  };
  const timer = window.setInterval(() => void check(), STATUS_POLL_MS);
  const onFocus = (): void => void check();
  window.addEventListener('focus', onFocus);
  return () => {
    stopped = true;
    window.clearInterval(timer);
    window.removeEventListener('focus', onFocus);
  };
}

const ACTIVITY_THROTTLE_MS = 30_000;

/**
 * Tells the backend the lawyer is still here, at most once per 30 s: the idle timer needs to
 * know about real activity, but an IPC call per keystroke would be wasteful.
 */
export function reportActivity(): () => void {
  let lastSent = 0;
  const onActivity = (): void => {
    const now = Date.now();
    if (now - lastSent < ACTIVITY_THROTTLE_MS) return;
    lastSent = now;
    void invoke('vault:activity', {});
  };
  // Capture phase: a component stopping propagation must not make the lawyer look idle.
  window.addEventListener('keydown', onActivity, { capture: true, passive: true });
  window.addEventListener('pointerdown', onActivity, { capture: true, passive: true });
  return () => {
    window.removeEventListener('keydown', onActivity, { capture: true });
    window.removeEventListener('pointerdown', onActivity, { capture: true });
  };
}
