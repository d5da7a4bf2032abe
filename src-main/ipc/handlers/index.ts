import type { JobStore } from '../../services/backup/jobs';
import type { Casefile } from '../../services/casefile';
import type { Clock } from '../../services/clock';
import type { AgendaIcs, AgendaIcsOptions } from '../../services/deadlines/agenda-ics';
import type { DeadlineService } from '../../services/deadlines/deadline-service';
import type { DocumentReaders, DocumentService, UploadSessions } from '../../services/documents';
import type { ShellCommands } from '../../services/shell-commands';
import type { VaultService } from '../../services/vault-service';
import type { AgendaItem } from '../../shared/schemas/deadline-views';
import type { VaultPaths } from '../../storage/vault-paths';
import type { Handlers } from '../router';
import { createBackupHandlers, type BackupJobResult } from './backup';
import { createCasefileHandlers } from './casefile';
import { createDeadlineHandlers } from './deadlines';
import { createDocumentHandlers } from './documents';
import type { ReportHandlers } from './reports';
import { createSettingsHandlers } from './settings';
import { createShellHandlers } from './shell';
import { createVaultHandlers } from './vault';

export type { BackupJobResult } from './backup';
export { createReportHandlers, type OpenFilesDialog, type OpenFilesPurpose, type ReportHandlers } from './reports';

export interface HandlerDeps {
  vault: VaultService;
  casefile: Casefile;
  deadlines: DeadlineService;
  documents: DocumentService;
  uploads: UploadSessions;
  readers: DocumentReaders;
  /** The platform save dialog (see BackendOptions.saveDialog). */
  saveDialog: (suggestedName: string) => Promise<string | null>;
  /** The platform open dialog for choosing a backup (see BackendOptions.openDialog). */
  openDialog: () => Promise<string | null>;
  /** The platform folder dialog for automatic backups (see BackendOptions.openFolderDialog). */
  openFolderDialog: () => Promise<string | null>;
  agenda: (days: number) => Promise<{ today: string; items: AgendaItem[] }>;
  /** The open agenda as an iCalendar file (neutral titles), for `agenda:exportIcs`. */
  agendaIcs: (options: AgendaIcsOptions) => Promise<AgendaIcs>;
  paths: VaultPaths;
  clock: Clock;
  /** Backup/verify jobs (dropped on lock by the backend) and restore jobs (they run locked). */
  backupJobs: JobStore<BackupJobResult>;
  restoreJobs: JobStore<BackupJobResult>;
  /** The `reports:` channels (reports.ts), built by the backend with their session. */
  reports: ReportHandlers;
  /** Desktop-menu commands waiting for the window (`shell:nextCommand`). */
  shellCommands: ShellCommands;
}

/**
 * Every channel's handler: one file per namespace, mirroring `shared/channels/*`, merged here.
 * The `satisfies` below fails to compile when a channel has no handler.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { vault, casefile, deadlines, documents, paths, clock, saveDialog } = deps;
  return {
    ...createVaultHandlers({ vault, casefile, deadlines, documents, paths, clock }),
    ...createSettingsHandlers({ vault, clock }),
    ...createCasefileHandlers({ casefile, deadlines, documents }),
    ...createDeadlineHandlers({ deadlines, agenda: deps.agenda, agendaIcs: deps.agendaIcs, paths, saveDialog }),
    ...createDocumentHandlers({ documents, uploads: deps.uploads, readers: deps.readers, saveDialog }),
    ...createBackupHandlers({
      vault,
      paths,
      clock,
      saveDialog,
      openDialog: deps.openDialog,
      openFolderDialog: deps.openFolderDialog,
      forget: (ids) => casefile.conflicts.forget(ids),
      backupJobs: deps.backupJobs,
      restoreJobs: deps.restoreJobs,
    }),
    ...deps.reports,
    ...createShellHandlers(deps.shellCommands),
  } satisfies Handlers;
}
