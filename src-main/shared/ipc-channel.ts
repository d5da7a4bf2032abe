/**
 * Name of the single Electron IPC channel; every contract channel travels inside it.
 *
 * Kept in its own zod-free module because the sandboxed preload imports it: a preload bundle
 * may only `require('electron')`, so it must not drag in the contract's schemas.
 */
export const IPC_INVOKE = 'emanet:invoke';
