import { writeFileAtomic } from '../../storage/atomic-write';
import { FILE_MODE } from '../../storage/vault-paths';
import type { OrgKeyFile } from './org-key-file';

/**
 * Writing what a report command or channel produces to the path the lawyer (or supervisor)
 * chose, for the app and the CLI alike: atomically (no half-written file), and private unless
 * the file is meant to be handed out.
 */

/** A sealed report, an unsealed export or the combined CSV: owner-only (0600). */
export function writeReportFile(path: string, data: Buffer | string): Promise<void> {
  return writeFileAtomic(path, data, FILE_MODE);
}

/**
 * The organisation's public key. It is meant to be handed to every lawyer, but the supervisor does
 * that on purpose: on a shared machine it stays owner-only (0600) like every file Emanet writes.
 */
export function writePublicKeyFile(path: string, file: OrgKeyFile): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n', FILE_MODE);
}
