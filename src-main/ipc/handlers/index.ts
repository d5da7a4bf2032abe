import type { JobStore } from '../../services/backup/jobs';
import type { Services } from '../../services/create-services';
import type { ShellCommands } from '../../services/shell-commands';
import type { Handlers } from '../router';
import { createBackupHandlers, type BackupJobResult } from './backup';
import { createCasefileHandlers } from './casefile';
import { createClientExportHandlers } from './client-export';
import { createCaseworkHandlers } from './casework';
import { createDeadlineHandlers } from './deadlines';
import { createDocumentHandlers } from './documents';
import { createGuideHandlers } from './guide';
import type { HandoverHandlers } from './handover';
import type { ImportHandlers } from './import';
import type { OpenFilesDialog, ReportHandlers } from './reports';
import { createSettingsHandlers } from './settings';
import { createShellHandlers } from './shell';
import { createVaultHandlers } from './vault';

export type { BackupJobResult } from './backup';
export { createHandoverHandlers, type HandoverHandlers } from './handover';
export { createImportHandlers, type ImportHandlers } from './import';
export { createReportHandlers, type OpenFilesDialog, type OpenFilesPurpose, type ReportHandlers } from './reports';

/** The services (`createServices`) and what the backend adds for an unlocked session. */
export interface HandlerDeps extends Services {
  /** The platform save dialog (see BackendOptions.saveDialog). */
  saveDialog: (suggestedName: string) => Promise<string | null>;
  /** The platform open dialog for choosing a backup (see BackendOptions.openDialog). */
  openDialog: () => Promise<string | null>;
  /** The platform folder dialog for automatic backups (see BackendOptions.openFolderDialog). */
  openFolderDialog: () => Promise<string | null>;
  /** Backup/verify jobs (dropped on lock by the backend) and restore jobs (they run locked). */
  backupJobs: JobStore<BackupJobResult>;
  restoreJobs: JobStore<BackupJobResult>;
  /** The `reports:` channels (reports.ts), built by the backend with their session. */
  reportHandlers: ReportHandlers;
  /** The platform open dialog (report files, the organisation key, a signed playbook). */
  openFilesDialog: OpenFilesDialog;
  /** The `import:` channels (import.ts), built by the backend with their session. */
  importHandlers: ImportHandlers['handlers'];
  /** The `handover:` channels (handover.ts), built by the backend with their session. */
  handoverHandlers: HandoverHandlers['handlers'];
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
    ...createVaultHandlers({ vault, casefile, documents, paths, fillDemo: deps.fillDemo }),
    ...createSettingsHandlers({ vault, clock }),
    ...createCasefileHandlers({ casefile, casework: deps.casework, deadlines, documents }),
    ...createCaseworkHandlers(deps.casework, deadlines),
    ...createDeadlineHandlers({
      deadlines,
      casework: deps.casework,
      agenda: deps.agenda,
      agendaIcs: deps.agendaIcs,
      paths,
      saveDialog,
    }),
    ...createGuideHandlers(deps.playbooks, deps.petitions, deps.clientNotes, deps.openFilesDialog),
    ...createDocumentHandlers({ documents, uploads: deps.uploads, readers: deps.readers, saveDialog }),
    ...createClientExportHandlers({ clientExport: deps.clientExport, saveDialog }),
    ...createBackupHandlers({
      vault,
      paths,
      clock,
      saveDialog,
      openDialog: deps.openDialog,
      openFolderDialog: deps.openFolderDialog,
      retention: deps.retention,
      backupJobs: deps.backupJobs,
      restoreJobs: deps.restoreJobs,
    }),
    ...deps.reportHandlers,
    ...deps.importHandlers,
    ...deps.handoverHandlers,
    ...createShellHandlers(deps.shellCommands),
  } satisfies Handlers;
}
