import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  combinedToCsv,
  createReportService,
  dashboard,
  labelLawyer,
  readOrgKeyFile,
  receivedReports,
  reportStatus,
  writePublicKeyFile,
  writeReportFile,
} from '../../services/reports';
import { wordsOfFile } from '../../services/reports/org-key-file';
import type { ReportServiceDeps } from '../../services/reports/report-service';
import type { VaultService } from '../../services/vault-service';
import type { ImportFileResult, reportChannels } from '../../shared/channels/reports';
import { AppError } from '../../shared/errors';
import { createPendingFiles, importOne, type ChosenFile } from './report-import';
import type { HandlersOf } from '../router';

/** What the open dialog is for, so the shell can filter by file type. */
/** `playbook`: a playbook the organisation signed (issue 16), imported by the guide's handlers. */
export type OpenFilesPurpose = 'report-files' | 'org-key' | 'handover-key' | 'handover-file' | 'playbook';
/** Asks which files to open (one for a key, several for reports); [] when cancelled. */
export type OpenFilesDialog = (purpose: OpenFilesPurpose) => Promise<string[]>;

export interface ReportHandlerDeps {
  vault: VaultService;
  /** The report services' dependencies (`Services.reports`). */
  reports: ReportServiceDeps;
  saveDialog: (suggestedName: string) => Promise<string | null>;
  openFilesDialog: OpenFilesDialog;
}

/** Per unlocked session: what was opened but not yet confirmed. Cleared on every lock. */
export interface ReportSession {
  clear(): void;
}

export type ReportHandlers = HandlersOf<typeof reportChannels>;

// Report and key files are small; anything bigger is not one and is not read into memory.
const MAX_REPORT_BYTES = 10 * 1024 * 1024;
const MAX_KEY_BYTES = 64 * 1024;

async function readChosen(path: string, max: number): Promise<Buffer | null> {
  const info = await stat(path);
  if (!info.isFile() || info.size > max) return null;
  return readFile(path);
}

export function createReportHandlers(deps: ReportHandlerDeps): {
  handlers: ReportHandlers;
  session: ReportSession;
} {
  const { vault, reports: serviceDeps } = deps;
  const service = () => createReportService(serviceDeps);
  const pending = createPendingFiles();
  // The org key file opened by trustOrg, stored only once the lawyer confirms its words.
  let pendingTrust: { text: string; words: string } | null = null;

  const handlers: ReportHandlers = {
    'reports:status': () => reportStatus(vault.db()),

    'reports:trustOrg': async () => {
      const [path] = await deps.openFilesDialog('org-key');
      if (path === undefined) return { cancelled: true };
      const bytes = await readChosen(path, MAX_KEY_BYTES);
      if (!bytes) throw new AppError('INTEGRITY', 'This is not an organisation key file', ['orgKey.invalid']);
      const text = bytes.toString('utf8');
      const file = readOrgKeyFile(text);
      const words = wordsOfFile(file);
      pendingTrust = { text, words };
      return { cancelled: false, fingerprintWords: words, k: file.k };
    },
    'reports:confirmTrust': async ({ fingerprintWords: confirmed }) => {
      // The words confirmed must be those of the file opened, not of some other file since.
      if (!pendingTrust || pendingTrust.words !== confirmed)
        throw new AppError('CONFLICT', 'Open the organisation key file again', ['fingerprintWords']);
      const trusted = await service().trustOrg(pendingTrust.text);
      pendingTrust = null;
      return { fingerprintWords: trusted.words, k: trusted.k, ownFingerprintWords: trusted.lawyerWords };
    },

    'reports:preview': ({ period }) => service().preview({ period }),
    'reports:export': async ({ period, correction }) => {
      // Built (and the organisation key and release register checked) before the dialog, so a
      // refusal asks nothing. A release whose dialog is cancelled stays recorded: exporting it
      // again gives the very same figures, which the register allows as a copy.
      const sealed = await service().exportSealed({ period, correction: correction === true });
      const out = await deps.saveDialog(`emanet-report-${period}.sealed.json`);
      if (out === null) return { cancelled: true };
      await writeReportFile(out, sealed.bytes);
      return { cancelled: false, fileName: basename(out) };
    },

    'reports:setupOrg': async ({ k, minLawyers }) => {
      const keys = await service().orgKeygen(k, minLawyers);
      return { fingerprintWords: keys.words, k: keys.file.k };
    },
    'reports:exportOrgKey': async () => {
      const keys = await service().orgKeygen();
      const out = await deps.saveDialog('emanet-org-public-key.json');
      if (out === null) return { cancelled: true, fingerprintWords: keys.words };
      // The public half only: it is meant to be copied to every lawyer.
      await writePublicKeyFile(out, keys.file);
      return { cancelled: false, fingerprintWords: keys.words, fileName: basename(out) };
    },

    'reports:import': async () => {
      const paths = await deps.openFilesDialog('report-files');
      if (paths.length === 0) return { cancelled: true, results: [] };
      const results: ImportFileResult[] = [];
      for (const path of paths) {
        const name = basename(path);
        const bytes = await readChosen(path, MAX_REPORT_BYTES).catch(() => null);
        if (!bytes) {
          results.push({ status: 'refused', file: name, reason: 'unreadable' });
          continue;
        }
        results.push(await importOne(serviceDeps, pending, { name, bytes }, null));
      }
      return { cancelled: false, results };
    },
    'reports:enroll': async ({ pendingId, lawyerWords }) => {
      const held = pending.take(pendingId);
      if (!held || held.lawyerWords !== lawyerWords)
        throw new AppError('NOT_FOUND', 'Import the file again', ['pendingId']);
      const file: ChosenFile = held.file;
      // Only the signer whose words the supervisor just confirmed is enrolled.
      return importOne(serviceDeps, pending, file, held.lawyerWords);
    },

    'reports:releases': async () => ({ releases: await service().releases() }),
    'reports:register': async () => ({ reports: await receivedReports(vault.db()) }),
    'reports:labelLawyer': async ({ lawyerWords, label }) => ({
      updated: await labelLawyer(vault.db(), lawyerWords, label),
    }),
    'reports:dashboard': ({ periods }) => dashboard(vault.db(), periods),
    'reports:exportCsv': async ({ periods }) => {
      const result = await dashboard(vault.db(), periods);
      const out = await deps.saveDialog('emanet-combined-report.csv');
      if (out === null) return { cancelled: true };
      const shown = result.casesOverTime.map((c) => c.period);
      await writeReportFile(out, combinedToCsv({ ...result, periods: shown }));
      return { cancelled: false, fileName: basename(out) };
    },
  };
  return {
    handlers,
    session: {
      clear: () => {
        pending.clear();
        pendingTrust = null;
      },
    },
  };
}
