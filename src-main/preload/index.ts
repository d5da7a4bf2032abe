/**
 * Sandboxed preload. A sandboxed preload can only `require` a handful of Electron modules, so
 * this file imports nothing at runtime except `electron` and one string constant; the build
 * bundles it into a single CommonJS file (tests/shell/preload.test.ts checks and runs the output).
 *
 * It exposes exactly one function. Validation of channel and input happens in the main process
 * (the router), never here: the renderer is treated as untrusted.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type EmanetBridge } from '../shared/bridge';
import { IPC_INVOKE } from '../shared/ipc-channel';

const bridge: EmanetBridge = Object.freeze({
  // Typed by the contract on the renderer side; the main process re-validates everything.
  invoke: ((channel: unknown, input: unknown) =>
    ipcRenderer.invoke(IPC_INVOKE, channel, input)) as EmanetBridge['invoke'],
});

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
