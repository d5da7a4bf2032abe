/**
 * Messages between the shell test (parent) and the child process that runs the built app on
 * the fake Electron (child.ts). Plain data only: they cross a process boundary.
 */
import type { FakeConfig } from '../fake-electron/fakes.ts';

/** Which frame an IPC call comes from. */
export type FrameSpec =
  /** Our window's top frame, showing what the app loaded (app://emanet/index.html). */
  | { kind: 'main' }
  /** A child frame of our window's top frame, showing `url` (origin by Chromium's rules). */
  | { kind: 'subframe'; url: string }
  /** Our window's top frame after it came to show `url` (origin by Chromium's rules). */
  | { kind: 'mainShowing'; url: string }
  /** Our window's top frame with an explicit URL and origin (a sandboxed document: 'null'). */
  | { kind: 'mainWith'; url: string; origin: string }
  /** The top frame of some other webContents (not our window) showing our own page. */
  | { kind: 'otherContents' };

export interface MenuItemView {
  id?: string;
  label?: string;
  role?: string;
  accelerator?: string;
  enabled?: boolean;
  type?: string;
  clickable: boolean;
  submenu?: MenuItemView[];
}

export interface WindowView {
  options: Record<string, unknown>;
  loads: string[];
  visible: boolean;
  title: string;
  reloads: number;
  hasWindowOpenHandler: boolean;
  webContentsEvents: string[];
  windowEvents: string[];
}

export interface Snapshot {
  timeline: string[];
  app: {
    ready: boolean;
    sandboxEnabled: boolean;
    singleInstanceRequested: boolean;
    quitCalls: number;
    quitsCompleted: number;
    beforeQuitPrevented: number;
    exitCode: number | undefined;
    aboutPanel: unknown;
  };
  privilegedSchemes: unknown[];
  protocolSchemes: string[];
  session: {
    permissionRequest: boolean;
    permissionCheck: boolean;
    devicePermission: boolean;
    beforeRequest: boolean;
    headersReceived: boolean;
    spellChecker: boolean;
  };
  windows: WindowView[];
  ipcChannels: string[];
  menu: MenuItemView[] | null;
  dialogs: Array<{ kind: string; title?: string; content?: string; options?: unknown }>;
  notifications: unknown[];
  pathsOpened: string[];
  /** Uncaught exceptions and unhandled rejections in the app process. */
  uncaught: string[];
}

export interface FetchResult {
  status: number;
  headers: Record<string, string>;
  bytes: number;
  sha256: string;
}

export type DriverRequest =
  | { op: 'boot'; mainPath: string; argv: string[]; config: Partial<FakeConfig> }
  | { op: 'invoke'; frame: FrameSpec; channel: unknown; input: unknown }
  | { op: 'fetch'; url: string; method?: string }
  | { op: 'webRequest'; url: string }
  | { op: 'emit'; target: 'powerMonitor' | 'app' | 'window' | 'webContents'; event: string; args?: unknown[] }
  | { op: 'windowOpen'; url: string }
  | { op: 'quit' }
  | { op: 'menuClick'; id: string }
  | { op: 'answerDialogs'; save?: Array<string | null>; open?: Array<string[] | null>; messageBox?: number[] }
  | { op: 'snapshot' };

/** What each request answers. */
export interface DriverResponses {
  boot: { started: boolean };
  invoke: unknown;
  fetch: FetchResult;
  webRequest: { cancel: boolean };
  emit: { prevented: boolean };
  windowOpen: unknown;
  quit: Record<string, never>;
  menuClick: Record<string, never>;
  answerDialogs: Record<string, never>;
  snapshot: Snapshot;
}

export type DriverMessage = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
