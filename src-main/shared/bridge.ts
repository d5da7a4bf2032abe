import type { Invoke } from './contract';

/**
 * What the preload puts on `window.emanet` (and what the e2e harness installs in its place).
 * One typed function and nothing else: the renderer never sees `ipcRenderer` itself.
 */
export interface EmanetBridge {
  readonly invoke: Invoke;
}

/** Global name of the bridge, shared by the preload and the e2e init script. */
export const BRIDGE_KEY = 'emanet';
