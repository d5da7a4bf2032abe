import type { KdfCost } from './crypto/kdf';
import { runAutoBackup } from './services/backup/auto-backup';
import { createHandlers } from './ipc/handlers';
import { createReportHandlers, type OpenFilesDialog } from './ipc/report-handlers';
import { createRouter, type SenderInfo } from './ipc/router';
import type { BackupJobResult } from './ipc/backup-handlers';
import { createJobStore } from './services/backup/jobs';
import { createCasefile } from './services/casefile';
import { createCasework } from './services/casework';
import { loadDeadlineData } from './services/deadline-data';
import { createAgendaIcs } from './services/deadlines/agenda-ics';
import { getAgenda } from './services/deadlines/agenda-service';
import { createDeadlineService } from './services/deadlines/deadline-service';
import {
  createDocumentReaders,
  createDocumentService,
  createUploadSessions,
  type DocumentDeps,
  type DocumentService,
} from './services/documents';
import { createReminderService, type Notifier } from './services/deadlines/reminder-service';
import { readPreferences } from './services/preferences';
import { createShellCommands } from './services/shell-commands';
import { systemClock, type Clock } from './services/clock';
import { createLogger, type Logger } from './services/logger';
import { createVaultService, type LockReason, type VaultService } from './services/vault-service';
import type { ShellCommand } from './shared/channels/shell';
import type { Envelope } from './shared/errors';
import type { Language } from './shared/schemas/vault';
import { documentsDir } from './storage/document-store';
import { vaultPaths } from './storage/vault-paths';

export type { SenderInfo } from './ipc/router';
export type { Clock } from './services/clock';

export interface BackendOptions {
  /** Folder holding the vault (created on `vault:create`). */
  vaultDir: string;
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
  /** Test hooks of the PDF text queue (hold a job, watch its events); never set by the shell. */
  documentTextQueue?: DocumentDeps['textQueue'];
}

export type { OpenFilesDialog, OpenFilesPurpose } from './ipc/report-handlers';

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
  dispose(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger();
  const paths = vaultPaths(options.vaultDir);
  // The conflict index holds names: it is dropped on every lock, whatever caused it.
  let onLockedHooks: Array<() => void> = [];
  const vault = createVaultService({
    paths,
    clock,
    ...(options.kdf ? { kdfCost: options.kdf } : {}),
    // Automatic backup to the chosen folder before a lock by the lawyer, by idleness or at quit.
    beforeLock: async () => {
      await runAutoBackup(vault, paths, clock);
    },
    onLocked: () => {
      for (const hook of onLockedHooks) hook();
      options.onLocked?.();
    },
  });
  const casefileDeps = { db: () => vault.db(), clock };
  const casefile = createCasefile(casefileDeps);
  const deadlines = createDeadlineService(casefileDeps, loadDeadlineData);
  const casework = createCasework(casefileDeps, casefile, deadlines, loadDeadlineData);
  const reminders = createReminderService(
    casefileDeps,
    options.notifier ?? { show: () => undefined },
    async () => (await readPreferences(paths)).language,
  );
  const documents = createDocumentService({
    ...casefileDeps,
    documentsDir: documentsDir(options.vaultDir),
    ...(options.documentTextQueue ? { textQueue: options.documentTextQueue } : {}),
  });
  const uploads = createUploadSessions(documents, clock);
  const readers = createDocumentReaders(documents, clock);
  const onUnexpected = (error: unknown) =>
    logger.error('backup.job_failed', { error: error instanceof Error ? error.name : 'unknown' });
  const saveDialog = options.saveDialog ?? (() => Promise.resolve(null));
  // Report files and key files opened but not yet confirmed are dropped on lock (hook below).
  const reports = createReportHandlers({
    vault,
    clock,
    saveDialog,
    openFilesDialog: options.openFilesDialog ?? (() => Promise.resolve([])),
  });
  const shellCommands = createShellCommands({ clock });
  const backupJobs = createJobStore<BackupJobResult>({ onUnexpected });
  const restoreJobs = createJobStore<BackupJobResult>({ onUnexpected });
  // Uploads in progress are abandoned on lock (each removes its own temp file); open viewer
  // streams are closed, wiping their document keys; PDF text extraction stops; running backups
  // are aborted (their temp files go) and finished ones forgotten.
  onLockedHooks = [
    () => casefile.conflicts.clear(),
    () => void uploads.discardAll(),
    () => readers.closeAll(),
    // PDF text extraction stops where it is; the job stays queued for the next unlock.
    () => void documents.texts.stop(),
    () => backupJobs.dropAll(),
    () => reports.session.clear(),
    () => shellCommands.clear(),
  ];
  const router = createRouter({
    handlers: createHandlers({
      vault,
      casefile,
      casework,
      deadlines,
      documents,
      uploads,
      readers,
      saveDialog,
      openDialog: options.openDialog ?? (() => Promise.resolve(null)),
      openFolderDialog: options.openFolderDialog ?? (() => Promise.resolve(null)),
      agenda: (days) => getAgenda(casefileDeps, loadDeadlineData, days),
      agendaIcs: createAgendaIcs(casefileDeps, loadDeadlineData),
      paths,
      clock,
      backupJobs,
      restoreJobs,
      reports: reports.handlers,
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
    language: async () => (await readPreferences(paths)).language,
    checkIdle: () => vault.checkIdle(),
    touch: () => vault.touch(),
    tickReminders: () => (vault.isUnlocked() ? reminders.tick() : Promise.resolve(0)),
    vault,
    documents,
    dispose: () => vault.lock('quit'),
  };
}
