import { createBackupHandlers, type BackupJobResult } from './backup-handlers';
import type { JobStore } from '../services/backup/jobs';
import type { Casefile } from '../services/casefile';
import type { Casework } from '../services/casework';
import { createCaseworkHandlers } from './casework-handlers';
import { populateDemo } from '../services/demo';
import { addDemoDeadlines } from '../services/demo/demo-deadlines';
import type { DeadlineService } from '../services/deadlines/deadline-service';
import type { DocumentReaders, DocumentService, UploadSessions } from '../services/documents';
import type { AgendaItem } from '../shared/schemas/deadline-views';
import type { DeadlineStart } from '../shared/schemas/deadlines';
import { writeIcsFile, type AgendaIcs, type AgendaIcsOptions } from '../services/deadlines/agenda-ics';
import type { Clock } from '../services/clock';
import { readPreferences, writeLanguage } from '../services/preferences';
import { ratePassphrase } from '../services/passphrase-strength';
import type { ShellCommands } from '../services/shell-commands';
import { getSettings, settingsView, updateSettings } from '../services/settings-service';
import type { VaultService } from '../services/vault-service';
import type { VaultPaths } from '../storage/vault-paths';
import type { ReportHandlers } from './report-handlers';
import type { Handlers } from './router';

export interface HandlerDeps {
  vault: VaultService;
  casefile: Casefile;
  /** Issue 14's casework records, corrections and the records' trash (casework-handlers.ts). */
  casework: Casework;
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
  /** The `reports:` channels (report-handlers.ts), built by the backend with their session. */
  reports: ReportHandlers;
  /** Desktop-menu commands waiting for the window (`shell:nextCommand`). */
  shellCommands: ShellCommands;
}

/** The dates a start carries, by field, for the "not in the future" check. */
function startDates(start: DeadlineStart): Array<[string, string]> {
  switch (start.kind) {
    case 'notification':
      return [['date', start.date]];
    case 'e-notification':
      return [
        ['deliveredOn', start.deliveredOn],
        ...(start.openedOn ? [['openedOn', start.openedOn] as [string, string]] : []),
      ];
    case 'detention':
      return [['startedOn', start.startedOn]];
  }
}

export function createHandlers({
  vault,
  casefile,
  casework,
  deadlines,
  documents,
  uploads,
  readers,
  saveDialog,
  openDialog,
  openFolderDialog,
  agenda,
  agendaIcs,
  paths,
  clock,
  backupJobs,
  restoreJobs,
  reports,
  shellCommands,
}: HandlerDeps): Handlers {
  const ok = {} as Record<string, never>;
  // Debris of a crash (temp files, files whose row never committed, plaintext of an export cut
  // short) goes at unlock; a failure here must not fail the unlock itself.
  const sweepDocuments = () => documents.sweep().catch(() => 0);
  // Then PDF text still to be indexed (queued by an import before a lock, a crash or a restart).
  const afterUnlock = async () => {
    await sweepDocuments();
    documents.texts.start();
  };
  return {
    ...createBackupHandlers({
      vault,
      paths,
      clock,
      saveDialog,
      openDialog,
      openFolderDialog,
      forget: (ids) => casefile.conflicts.forget(ids),
      backupJobs,
      restoreJobs,
    }),
    ...reports,
    ...createCaseworkHandlers(casework, deadlines),
    'vault:status': async () => ({
      exists: await vault.exists(),
      unlocked: vault.isUnlocked(),
      language: (await readPreferences(paths)).language,
      demo: await vault.isDemo().catch(() => false),
    }),
    'vault:ratePassphrase': ({ passphrase }) => Promise.resolve(ratePassphrase(passphrase)),
    'vault:create': ({ passphrase }) => vault.create(passphrase),
    'vault:unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      await afterUnlock();
      return {};
    },
    'vault:unlockWithRecoveryKey': async ({ recoveryKey }) => {
      await vault.unlockWithRecoveryKey(recoveryKey);
      await afterUnlock();
      return {};
    },
    'vault:lock': async () => {
      await vault.lock('user');
      return {};
    },
    'vault:changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return {};
    },
    'vault:resetPassphrase': async ({ recoveryKey, next }) => {
      await vault.resetPassphrase(recoveryKey, next);
      return {};
    },
    'vault:createDemo': async ({ clients }) => {
      await vault.createDemo();
      await populateDemo(casefile, clock, clients);
      await addDemoDeadlines(casefile, deadlines, clock);
      return {};
    },
    'vault:discardDemo': async () => {
      await vault.discardDemo();
      casefile.conflicts.clear();
      return {};
    },
    'vault:setLanguage': async ({ language }) => {
      await writeLanguage(paths, language);
      return {};
    },
    'vault:activity': () => {
      vault.touch();
      return Promise.resolve({});
    },
    'shell:nextCommand': async () => ({ command: await shellCommands.next() }),
    'settings:get': async () => settingsView(await getSettings(vault.db())),
    'settings:update': async (patch) => {
      const settings = await updateSettings(vault.db(), patch, clock);
      vault.setAutoLockMinutes(settings.autoLockMinutes);
      return settingsView(settings);
    },

    'clients:list': (q) => casefile.clients.list(q),
    'clients:get': async ({ id }) => {
      const c = await casefile.clients.get(id);
      return {
        id: c.id,
        version: c.version,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        deletedAt: c.deletedAt,
        client: c.client,
        cases: c.cases,
      };
    },
    'clients:create': ({ client }) => casefile.clients.create(client),
    'clients:update': ({ id, version, client }) => casefile.clients.update(id, version, client),
    'clients:trash': async ({ id, withOpenCases }) => {
      await casefile.clients.trash(id, withOpenCases);
      return ok;
    },
    'clients:restore': async ({ id }) => {
      await casefile.clients.restore(id);
      return ok;
    },
    'cases:list': (q) => casefile.cases.list(q),
    'cases:get': async ({ id }) => {
      const c = await casefile.cases.get(id);
      return {
        id: c.id,
        version: c.version,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        deletedAt: c.deletedAt,
        case: c.case,
        clients: c.clients,
      };
    },
    'cases:create': ({ case: c }) => casefile.cases.create(c),
    'cases:update': ({ id, version, case: c }) => casefile.cases.update(id, version, c),
    'cases:trash': async ({ id }) => {
      await casefile.cases.trash(id);
      return ok;
    },
    'cases:restore': async ({ id }) => {
      await casefile.cases.restore(id);
      return ok;
    },
    'intake:create': async ({ decisionNotifiedOn, firstDeadline, ...input }) => {
      // The first deadline as previewed on screen; or, from older callers, the default rule
      // of the case type counted from a plain notification date.
      const defaultRule = decisionNotifiedOn ? deadlines.defaultRuleFor(input.case.type) : null;
      const first =
        firstDeadline ??
        (decisionNotifiedOn && defaultRule
          ? { ruleId: defaultRule, start: { kind: 'notification' as const, date: decisionNotifiedOn } }
          : undefined);
      if (decisionNotifiedOn) deadlines.assertNotFuture(decisionNotifiedOn, 'decisionNotifiedOn');
      if (firstDeadline) {
        for (const [field, date] of startDates(firstDeadline.start))
          deadlines.assertNotFuture(date, `firstDeadline.start.${field}`);
      }
      const created = await casefile.intake(input);
      // The deadline comes right after: a failure here leaves the case, and the lawyer adds it by hand.
      const deadline = first ? await deadlines.add({ caseId: created.caseId, ...first }) : null;
      return { ...created, deadlineId: deadline?.id ?? null };
    },
    'timeline:list': async ({ caseId }) => ({ items: await casefile.timeline.list(caseId) }),
    'notes:add': ({ caseId, body }) => casefile.timeline.addNote(caseId, body),
    'notes:update': ({ id, version, body }) => casefile.timeline.updateNote(id, version, body),
    'notes:remove': async ({ id }) => {
      await casefile.timeline.removeNote(id);
      return ok;
    },
    'activities:add': (a) => casefile.timeline.addActivity(a),
    'tasks:add': (t) => casefile.timeline.addTask(t),
    'tasks:setDone': ({ id, version, done }) => casefile.timeline.setTaskDone(id, version, done),
    'time:add': (t) => casefile.timeline.addTime(t),
    'persons:add': (p) => casefile.timeline.addPerson(p),
    'persons:list': async ({ caseId }) => ({ persons: await casefile.timeline.listPersons(caseId) }),
    'search:query': async ({ query, limit }) => ({ results: await casefile.search(query, limit) }),
    'conflicts:check': async ({ excludeId, ...candidate }) => ({
      matches: await casefile.conflicts.check(candidate, excludeId),
    }),
    'trash:list': () => casefile.trash.list(),
    'trash:empty': async () => {
      // Records deleted from live cases (tasks, hearings, …) go for good with the rest, before
      // the checkpoint that overwrites the freed pages.
      await casework.trash.empty();
      const emptied = await casefile.trash.empty();
      // Documents of emptied cases lost their keys with the rows (cascade); their files go too.
      await sweepDocuments();
      return emptied;
    },

    'deadlines:rules': ({ caseType }) =>
      Promise.resolve({
        rules: deadlines.rules(caseType),
        defaultRuleId: caseType ? deadlines.defaultRuleFor(caseType) : null,
      }),
    'deadlines:preview': ({ ruleId, start, recess, internalWorkingDays }) =>
      Promise.resolve(deadlines.preview(ruleId, start, { recess, internalWorkingDays })),
    'deadlines:add': (input) => deadlines.add(input),
    'deadlines:list': async ({ caseId }) => ({ deadlines: await deadlines.list(caseId) }),
    'deadlines:setDone': ({ id, version, done }) => deadlines.setDone(id, version, done),
    // To the trash, restorable (issue 14); its reminders and revisions go and come back with it.
    'deadlines:remove': async ({ id }) => {
      await casework.trash.trash('deadline', id);
      return ok;
    },
    'hearings:add': (h) => deadlines.addHearing(h),
    'hearings:list': async ({ caseId }) => ({ hearings: await deadlines.listHearings(caseId) }),
    'hearings:setDone': ({ id, version, done }) => deadlines.setHearingDone(id, version, done),
    'agenda:get': ({ days }) => agenda(days),
    'agenda:exportIcs': async ({ withFileNumbers }) => {
      const language = (await readPreferences(paths)).language;
      const ics = await agendaIcs({ withFileNumbers, language });
      const destination = await saveDialog(ics.fileName);
      if (destination === null) return { exported: false, events: 0 };
      await writeIcsFile(destination, ics);
      return { exported: true, events: ics.events };
    },

    'documents:beginUpload': (input) => uploads.begin(input),
    'documents:uploadChunk': ({ uploadId, index, bytes }) => uploads.chunk(uploadId, index, bytes),
    'documents:finishUpload': async ({ uploadId }) => {
      const { id, versionId, sha256, size } = await uploads.finish(uploadId);
      return { id, versionId, sha256, size };
    },
    'documents:cancelUpload': async ({ uploadId }) => {
      await uploads.cancel(uploadId);
      return ok;
    },
    'documents:list': async ({ caseId }) => ({ documents: await documents.list(caseId) }),
    'documents:versions': async ({ documentId }) => ({ versions: await documents.versions(documentId) }),
    'documents:remove': async ({ id }) => {
      await documents.remove(id);
      return ok;
    },
    'documents:verify': async ({ id }) => ({ results: await documents.verify(id) }),
    'documents:textStatus': async ({ caseId }) => ({ pending: await documents.textPending(caseId) }),
    'documents:read': async ({ versionId, offset, length }) => {
      const { bytes, eof } = await readers.read(versionId, offset, length);
      const base64 = bytes.toString('base64');
      bytes.fill(0);
      return { bytes: base64, eof };
    },
    'documents:export': async ({ versionId }) => {
      // Looked up first: an unknown id fails before any dialog opens.
      const { originalName } = await documents.describeVersion(versionId);
      const destination = await saveDialog(originalName);
      if (destination === null) return { exported: false };
      // The save dialog already asked before replacing an existing file.
      await documents.export(versionId, destination, { overwrite: true });
      return { exported: true };
    },
  };
}
