import type { KdfCost } from './crypto/kdf';
import {
  createHandlers,
  createHandoverHandlers,
  createImportHandlers,
  createReportHandlers,
  type BackupJobResult,
  type OpenFilesDialog,
} from './ipc/handlers';
import { createRouter, type SenderInfo } from './ipc/router';
import { createJobStore } from './services/backup/jobs';
import { createServices } from './services/create-services';
import type { Notifier } from './services/deadlines/reminder-service';
import type { DocumentDeps, DocumentService } from './services/documents';
import type { HandoverService } from './services/handover';
import { createShellCommands } from './services/shell-commands';
import { systemClock, type Clock } from './services/clock';
import { createLogger, type Logger } from './services/logger';
import type { LockReason, VaultService } from './services/vault-service';
import type { ShellCommand } from './shared/channels/shell';
import type { Envelope } from './shared/errors';
import type { Language } from './shared/schemas/vault';

export type { SenderInfo } from './ipc/router';
export type { Clock } from './services/clock';

export interface BackendOptions {
  /** Folder holding the vault (created on `vault:create`). */
  vaultDir: string;
  /** The client note's fonts next to the built main bundle (the shell passes out/main/fonts). */
  fontDir?: string;
  clock?: Clock;
  /** Cheap Argon2id parameters for tests and the demo vault only; production tunes to ~1 s. */
  kdf?: KdfCost;
  /** Origins the router accepts calls from. */
  allowedOrigins: string[];
  logger?: Logger;
  /** Called after every lock, whatever caused it. */
  onLocked?: () => void;
  /** Desktop notifications for reminders (Electron's in the shell; a recorder in tests). */
  notifier?: Notifier;
  /**
   * The platform's save dialog for `documents:export`: a path the lawyer chose, or null if
   * cancelled. Electron's in the shell (platform/dialogs.ts), a temp path in e2e. Without one,
   * export is always "cancelled": the renderer can never name a path itself.
   */
  saveDialog?: SaveDialog;
  /** The platform's open dialog for choosing a backup file; without one, always "cancelled". */
  openDialog?: OpenDialog;
  /** The platform's folder dialog for automatic backups; without one, always "cancelled". */
  openFolderDialog?: OpenDialog;
  /**
   * The open dialog for report files (several at once) and organisation key files; [] when
   * cancelled. Without one, report imports and key trust are always "cancelled".
   */
  openFilesDialog?: OpenFilesDialog;
  /**
   * The open dialog for a spreadsheet to import (.xlsx, .csv); without one, always "cancelled".
   * The file is read in the main process; its path never reaches the renderer.
   */
  openImportDialog?: OpenDialog;
  /** Test hooks of the PDF text queue (hold a job, watch its events); never set by the shell. */
  documentTextQueue?: DocumentDeps['textQueue'];
  /**
   * How long a `shell:nextCommand` long poll waits before answering null (25 s by default). Tests
   * that call every channel shorten it so one poll does not hold the run for 25 s.
   */
  shellCommandWaitMs?: number;
}

export type { OpenFilesDialog, OpenFilesPurpose } from './ipc/handlers';

/** Asks which file to open; null if cancelled. */
export type OpenDialog = () => Promise<string | null>;

/** Asks where to save a file, offering `suggestedName` (a bare file name, never a path). */
export type SaveDialog = (suggestedName: string) => Promise<string | null>;

/**
 * Everything behind the window: the vault, the services and the IPC router. The Electron shell,
 * the Playwright harness and the integration tests all build the same backend with this function.
 */
export interface Backend {
  /** The one entry point for IPC: validates, checks lock and sender, runs, wraps errors. */
  invoke(channel: unknown, input: unknown, sender: SenderInfo): Promise<Envelope<unknown>>;
  /** Locks now: by default as the system does (suspend, screen lock); 'user' for the menu's Lock. */
  lock(reason?: Extract<LockReason, 'user' | 'system'>): Promise<void>;
  /** Hands a desktop-menu command to the window (see shared/channels/shell.ts). */
  postCommand(command: ShellCommand): void;
  /** The interface language (readable while locked), for the desktop menu. */
  language(): Promise<Language>;
  /** Called periodically by the shell/harness; locks when idle longer than the setting. */
  checkIdle(): Promise<boolean>;
  /** Records user activity for the idle timer. */
  touch(): void;
  /** Sends due reminders while unlocked; the shell calls it every minute. Returns how many. */
  tickReminders(): Promise<number>;
  vault: VaultService;
  /** The document service, for the shell and tests (the renderer goes through IPC only). */
  documents: DocumentService;
  /** The handover service, for tests seeding a handover (the renderer goes through IPC only). */
  handover: HandoverService;
  dispose(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger();
  // What the IPC layer holds for an unlocked session goes on every lock too, after the services'.
  let onLockedHooks: Array<() => void> = [];
  const services = createServices({
    vaultDir: options.vaultDir,
    clock,
    ...(options.kdf ? { kdfCost: options.kdf } : {}),
    // Automatic backup to the chosen folder before a lock by the lawyer, by idleness or at quit.
    autoBackupOnLock: true,
    onLocked: () => {
      for (const hook of onLockedHooks) hook();
      options.onLocked?.();
    },
    ...(options.notifier ? { notifier: options.notifier } : {}),
    ...(options.fontDir ? { fontDir: options.fontDir } : {}),
    ...(options.documentTextQueue ? { documentTextQueue: options.documentTextQueue } : {}),
  });
  const { vault, documents, reminders } = services;
  const onUnexpected = (error: unknown) =>
    logger.error('backup.job_failed', { error: error instanceof Error ? error.name : 'unknown' });
  const saveDialog = options.saveDialog ?? (() => Promise.resolve(null));
  // Report files and key files opened but not yet confirmed are dropped on lock (hook below).
  const openFilesDialog: OpenFilesDialog = options.openFilesDialog ?? (() => Promise.resolve([]));
  const reports = createReportHandlers({ vault, reports: services.reports, saveDialog, openFilesDialog });
  const imports = createImportHandlers({
    imports: services.imports,
    openImportDialog: options.openImportDialog ?? (() => Promise.resolve(null)),
  });
  const handover = createHandoverHandlers({
    handover: services.handover,
    saveDialog,
    openFilesDialog: options.openFilesDialog ?? (() => Promise.resolve([])),
  });
  const shellCommands = createShellCommands({
    clock,
    ...(options.shellCommandWaitMs === undefined ? {} : { waitMs: options.shellCommandWaitMs }),
  });
  const backupJobs = createJobStore<BackupJobResult>({ onUnexpected });
  const restoreJobs = createJobStore<BackupJobResult>({ onUnexpected });
  // Running backups are aborted (their temp files go) and finished ones forgotten.
  onLockedHooks = [
    () => backupJobs.dropAll(),
    () => reports.session.clear(),
    () => imports.session.clear(),
    () => handover.session.clear(),
    () => shellCommands.clear(),
  ];
  const router = createRouter({
    handlers: createHandlers({
      ...services,
      saveDialog,
      openDialog: options.openDialog ?? (() => Promise.resolve(null)),
      openFolderDialog: options.openFolderDialog ?? (() => Promise.resolve(null)),
      backupJobs,
      restoreJobs,
      reportHandlers: reports.handlers,
      openFilesDialog,
      importHandlers: imports.handlers,
      handoverHandlers: handover.handlers,
      shellCommands,
    }),
    isUnlocked: () => vault.isUnlocked(),
    allowedOrigins: options.allowedOrigins,
    logger,
    onActivity: () => vault.touch(),
  });
  return {
    invoke: router,
    lock: (reason = 'system') => vault.lock(reason),
    postCommand: (command) => shellCommands.post(command),
    language: services.language,
    checkIdle: () => vault.checkIdle(),
    touch: () => vault.touch(),
    tickReminders: () => (vault.isUnlocked() ? reminders.tick() : Promise.resolve(0)),
    vault,
    documents,
    handover: services.handover,
    dispose: () => vault.lock('quit'),
  };
}
