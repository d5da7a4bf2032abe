import { randomUUID } from 'node:crypto';
import { importReports, openSealedReport, fingerprintWords, refusalOf } from '../../services/reports';
import { lawyerFingerprint, requireOrgKeys } from '../../services/reports/key-store';
import { withKeyStore, type ReportServiceDeps } from '../../services/reports/report-service';
import type { ImportFileResult } from '../../shared/channels/reports';
import { AppError } from '../../shared/errors';

export interface ChosenFile {
  name: string;
  bytes: Buffer;
}

/** Files signed by a key not yet accepted, held until the supervisor compared the words. */
export interface PendingFiles {
  hold(file: ChosenFile, lawyerWords: string): string;
  take(id: string): { file: ChosenFile; lawyerWords: string } | undefined;
  /** On lock: nothing from an unlocked session survives it. */
  clear(): void;
}

const MAX_PENDING = 100;

export function createPendingFiles(): PendingFiles {
  const held = new Map<string, { file: ChosenFile; lawyerWords: string }>();
  return {
    hold(file, lawyerWords) {
      // Bounded: a supervisor importing hundreds of unknown files drops the oldest holds.
      if (held.size >= MAX_PENDING) held.delete(held.keys().next().value ?? '');
      const id = randomUUID();
      held.set(id, { file, lawyerWords });
      return id;
    },
    take(id) {
      const entry = held.get(id);
      held.delete(id);
      return entry;
    },
    clear: () => held.clear(),
  };
}

/** The signer's words of a file that verified but whose key is unknown (so it opens fine). */
async function signerWords(deps: ReportServiceDeps, bytes: Buffer): Promise<string> {
  const org = await withKeyStore(deps, requireOrgKeys);
  const opened = openSealedReport(bytes, {
    fingerprint: org.fingerprint,
    x25519Public: org.file.x25519,
    x25519Private: org.x25519Private,
  });
  return fingerprintWords(lawyerFingerprint(opened.signer));
}

/**
 * Imports one file on its own, so that one tampered file among many is reported next to the
 * accepted ones (the service refuses a whole batch when any file fails).
 */
export async function importOne(
  deps: ReportServiceDeps,
  pending: PendingFiles,
  file: ChosenFile,
  enrollWords: string | null,
): Promise<ImportFileResult> {
  try {
    const result = await importReports(deps, [file], { enrollWords });
    const duplicate = result.duplicates[0];
    if (duplicate)
      return {
        status: 'duplicate',
        file: file.name,
        period: duplicate.period,
        lawyerWords: duplicate.lawyer,
        reason: 'overlappingPeriod',
        conflictsWith: duplicate.conflictsWith,
      };
    const accepted = result.accepted[0];
    if (!accepted) throw new AppError('INTERNAL', 'Import returned no result');
    const entry = { file: file.name, period: accepted.period, lawyerWords: accepted.lawyer };
    // The same file imported before: it is not counted twice, and the supervisor is told so.
    return accepted.status === 'already-registered'
      ? { status: 'duplicate', ...entry, reason: 'sameFile' }
      : { status: 'accepted', ...entry };
  } catch (error) {
    const reason = refusalOf(error);
    if (reason === 'report.unknownSigner') {
      const lawyerWords = await signerWords(deps, file.bytes);
      return { status: 'unknownSigner', file: file.name, lawyerWords, pendingId: pending.hold(file, lawyerWords) };
    }
    if (reason) return { status: 'refused', file: file.name, reason };
    throw error;
  }
}
