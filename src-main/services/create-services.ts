import type { KdfCost } from '../crypto/kdf';
import type { Language } from '../shared/schemas/vault';
import { documentFilePath, documentsDir } from '../storage/document-store';
import { vaultPaths, type VaultPaths } from '../storage/vault-paths';
import { runAutoBackup } from './backup/auto-backup';
import { createCasefile, type Casefile } from './casefile';
import type { CasefileDeps } from './casefile/context';
import type { Clock } from './clock';
import { loadDeadlineData } from './deadline-data';
import { createAgendaIcs, type AgendaIcs, type AgendaIcsOptions } from './deadlines/agenda-ics';
import { getAgenda } from './deadlines/agenda-service';
import { createCasework, type Casework } from './casework';
import { createDeadlineService, type DeadlineService } from './deadlines/deadline-service';
import { createReminderService, type Notifier } from './deadlines/reminder-service';
import { populateDemo } from './demo';
import { addDemoDeadlines } from './demo/demo-deadlines';
import {
  createDocumentReaders,
  createDocumentService,
  createUploadSessions,
  type DocumentDeps,
  type DocumentReaders,
  type DocumentService,
  type UploadSessions,
} from './documents';
import { integrityCheck } from './database-check';
import { createClientExportService, type ClientExportService } from './client-export';
import {
  createClientNoteService,
  loadClientNoteFonts,
  type ClientNoteService,
} from './client-notes/client-note-service';
import { loadPetitionData } from './petitions/petition-data';
import { createPetitionService, type PetitionService } from './petitions/petition-service';
import { loadPlaybookData } from './playbooks/playbook-data';
import { effectivePlaybooks } from './playbooks/playbook-imports';
import { createPlaybookService, type PlaybookService } from './playbooks/playbook-service';
import { createImportService, type ImportService } from './import';
import { readPreferences } from './preferences';
import type { ReportServiceDeps } from './reports';
import { createHandoverService, type HandoverService } from './handover';
import type { RetentionDeps } from './retention';
import { createVaultService, type VaultService } from './vault-service';
import type { AgendaItem } from '../shared/schemas/deadline-views';

export type { KdfCost } from '../crypto/kdf';

export interface ServiceOptions {
  /** Folder holding the vault (created by `vault.create`). */
  vaultDir: string;
  clock: Clock;
  /** Argon2id cost for new key slots: tests, the demo vault and `--insecure-test-kdf` only. */
  kdfCost?: KdfCost;
  /**
   * Writes the automatic backup (to the folder chosen in the settings) before a lock by the
   * lawyer, by idleness or at quit: the app does, the CLI does not.
   */
  autoBackupOnLock?: boolean;
  /** Called after every lock, once the services dropped what they hold (see `Services`). */
  onLocked?: () => void;
  /** Desktop notifications for reminders; none by default. */
  notifier?: Notifier;
  /** The client note's fonts as the packaged app ships them (out/main/fonts); absent: node_modules. */
  fontDir?: string;
  /** Test hooks of the PDF text queue (hold a job, watch its events); never set in production. */
  documentTextQueue?: DocumentDeps['textQueue'];
}

/**
 * Every service over one vault folder, wired once: the app's backend (`backend.ts`) and each CLI
 * command build them with this function, so both run the same code on the same dependencies.
 * On every lock the conflict index (it holds names), uploads in progress, open viewer streams and
 * the PDF text extraction are dropped, then `onLocked` runs.
 */
export interface Services {
  paths: VaultPaths;
  clock: Clock;
  vault: VaultService;
  casefile: Casefile;
  /** Issue 14's case records, corrections and the records' trash. */
  casework: Casework;
  /** Issue 17's import of a client list from Excel or CSV: preview, then one transaction. */
  imports: ImportService;
  deadlines: DeadlineService;
  /** Issue 16's playbooks per case type and their progress on a case. */
  playbooks: PlaybookService;
  /** Issue 16's petition drafts, saved as documents of the case. */
  petitions: PetitionService;
  /** Issue 16's one-page client notes in seven languages (PDF documents of the case). */
  clientNotes: ClientNoteService;
  /** Issue 17's export of everything held about one client (KVKK art. 11): JSON and PDF. */
  clientExport: ClientExportService;
  reminders: ReturnType<typeof createReminderService>;
  documents: DocumentService;
  uploads: UploadSessions;
  readers: DocumentReaders;
  agenda: (days: number) => Promise<{ today: string; items: AgendaItem[] }>;
  /** The open agenda as an iCalendar file (neutral titles). */
  agendaIcs: (options: AgendaIcsOptions) => Promise<AgendaIcs>;
  /** What the report services take: the open database, the clock, the vault's key derivation. */
  reports: ReportServiceDeps;
  /** Case handover between lawyers (issue 17): receiving key, trusted colleagues, seal, receive, shred. */
  handover: HandoverService;
  /** What retention (due cases, purge) takes; purged people leave the conflict index. */
  retention: RetentionDeps;
  /** Where a document's newest file lies on disk (`doc path`), from its storage name. */
  documentPath: (storageName: string) => string;
  /** The interface language (a preference next to the vault, readable while locked). */
  language: () => Promise<Language>;
  /** SQLite's integrity check of the open database: ['ok'] when sound. */
  integrityCheck: () => Promise<string[]>;
  /** Fills a demo vault just created (`vault.createDemo`): fictional people, cases, deadlines. */
  fillDemo: (clients: number) => Promise<Awaited<ReturnType<typeof populateDemo>>>;
}

export function createServices(options: ServiceOptions): Services {
  const { clock } = options;
  const paths = vaultPaths(options.vaultDir);
  const docsDir = documentsDir(options.vaultDir);
  // The hooks refer to services built below; a lock can only happen once they exist.
  let dropOnLock: Array<() => void> = [];
  const vault = createVaultService({
    paths,
    clock,
    ...(options.kdfCost ? { kdfCost: options.kdfCost } : {}),
    ...(options.autoBackupOnLock
      ? {
          beforeLock: async () => {
            await runAutoBackup(vault, paths, clock);
          },
        }
      : {}),
    onLocked: () => {
      for (const hook of dropOnLock) hook();
      options.onLocked?.();
    },
  });
  const deps: CasefileDeps = { db: () => vault.db(), clock };
  const language = async () => (await readPreferences(paths)).language;
  const casefile = createCasefile(deps);
  const deadlines = createDeadlineService(deps, loadDeadlineData);
  const casework = createCasework(deps, casefile, deadlines, loadDeadlineData);
  const playbooks = createPlaybookService({
    ...deps,
    casefile,
    deadlines,
    deadlineData: loadDeadlineData,
    playbooks: () => effectivePlaybooks(deps.db(), loadDeadlineData(), loadPlaybookData(loadDeadlineData())),
    shipped: () => loadPlaybookData(loadDeadlineData()),
    language,
  });
  const reminders = createReminderService(deps, options.notifier ?? { show: () => undefined }, language);
  const documents = createDocumentService({
    ...deps,
    documentsDir: docsDir,
    ...(options.documentTextQueue ? { textQueue: options.documentTextQueue } : {}),
  });
  const petitions = createPetitionService({
    ...deps,
    casefile,
    documents,
    petitions: () => loadPetitionData(loadDeadlineData()),
  });
  const clientNotes = createClientNoteService({ ...deps, casefile, documents, fontDir: options.fontDir });
  const uploads = createUploadSessions(documents, clock);
  const readers = createDocumentReaders(documents, clock);
  // Uploads in progress are abandoned (each removes its own temp file); open viewer streams are
  // closed, wiping their document keys; PDF text extraction stops where it is (the job stays queued).
  dropOnLock = [
    () => casefile.conflicts.clear(),
    () => void uploads.discardAll(),
    () => readers.closeAll(),
    () => void documents.texts.stop(),
  ];
  return {
    paths,
    clock,
    vault,
    casefile,
    casework,
    imports: createImportService({ ...deps, casefile, deadlines }),
    deadlines,
    playbooks,
    petitions,
    clientNotes,
    clientExport: createClientExportService({
      ...deps,
      casefile,
      casework,
      deadlines,
      documents,
      fonts: loadClientNoteFonts,
    }),
    reminders,
    documents,
    uploads,
    readers,
    agenda: (days) => getAgenda(deps, loadDeadlineData, days),
    agendaIcs: createAgendaIcs(deps, loadDeadlineData),
    reports: { ...deps, deriveKey: (purpose) => vault.deriveKey(purpose) },
    handover: createHandoverService({
      ...deps,
      documentsDir: docsDir,
      deriveKey: (purpose) => vault.deriveKey(purpose),
      conflicts: casefile.conflicts,
    }),
    retention: { ...deps, documentsDir: docsDir, forget: (ids) => casefile.conflicts.forget(ids) },
    documentPath: (storageName) => documentFilePath(docsDir, storageName),
    language,
    integrityCheck: () => integrityCheck(vault.db()),
    fillDemo: async (clients) => {
      const summary = await populateDemo(casefile, clock, clients);
      // Deadlines and hearings too, for a living agenda.
      await addDemoDeadlines(casefile, deadlines, clock);
      return summary;
    },
  };
}
