import type { Db } from '../../db/connection';
import type { PlaybookFile } from '../../shared/schemas/playbooks';
import type { DeadlineData } from '../deadline-data';
import { trustedOrg } from '../reports/trust';
import { buildPlaybookData, PlaybookDataError, SHIPPED_PLAYBOOKS, type PlaybookData } from './playbook-data';
import { assertNewer, playbookRefused, verifySignedPlaybook } from './signed-playbook';

/** One imported playbook as the screens and the CLI list it. */
export interface ImportedPlaybook {
  id: string;
  reviewedOn: string;
  importedAt: string;
  /** False when the stored file no longer verifies (e.g. another organisation is trusted now): the shipped one is used. */
  valid: boolean;
}

async function trustedOrNull(db: Db) {
  const row = await db.selectFrom('trusted_org').select('fingerprint').executeTakeFirst();
  return row ? trustedOrg(db) : null;
}

/** Verified imported playbooks by id; a row that no longer verifies is left out (the shipped one applies). */
async function verifiedImports(db: Db, deadlines: DeadlineData): Promise<Map<string, PlaybookFile>> {
  const rows = await db.selectFrom('imported_playbook').selectAll().execute();
  const out = new Map<string, PlaybookFile>();
  if (rows.length === 0) return out;
  const trusted = await trustedOrNull(db);
  for (const row of rows) {
    try {
      const { playbook } = verifySignedPlaybook(row.signed_file, trusted, deadlines);
      if (playbook.id === row.playbook_id) out.set(row.playbook_id, playbook);
    } catch {
      // Refused on this read: the shipped playbook is used, and the list says the import is not valid.
    }
  }
  return out;
}

function merged(
  shippedFiles: Readonly<Record<string, unknown>>,
  imports: Map<string, PlaybookFile>,
  deadlines: DeadlineData,
) {
  const files: Record<string, unknown> = { ...shippedFiles };
  for (const [id, playbook] of imports) files[`${id}.json`] = playbook;
  return buildPlaybookData(files, deadlines);
}

/** The playbooks in use on this vault: the shipped ones, each replaced by its verified import if any. */
export async function effectivePlaybooks(
  db: Db,
  deadlines: DeadlineData,
  shipped: PlaybookData,
): Promise<PlaybookData> {
  const imports = await verifiedImports(db, deadlines);
  if (imports.size === 0) return shipped;
  try {
    return merged(SHIPPED_PLAYBOOKS, imports, deadlines);
  } catch {
    return shipped;
  }
}

/**
 * Imports a signed playbook on a lawyer's vault: verified against the trusted organisation,
 * checked like a shipped file, newer than the one in use, and consistent with the other
 * playbooks (one playbook per case type). Stored whole; replaces an earlier import of the same id.
 */
export async function importSignedPlaybook(
  db: Db,
  text: string,
  deadlines: DeadlineData,
  shipped: PlaybookData,
  now: string,
): Promise<{ id: string; reviewedOn: string }> {
  const trusted = await trustedOrNull(db);
  const { playbook, orgFingerprint } = verifySignedPlaybook(text, trusted, deadlines);
  const imports = await verifiedImports(db, deadlines);
  const inUse = imports.size === 0 ? shipped : await effectivePlaybooks(db, deadlines, shipped);
  assertNewer(playbook, inUse, shipped);
  try {
    merged(SHIPPED_PLAYBOOKS, new Map([...imports, [playbook.id, playbook]]), deadlines);
  } catch (error) {
    if (!(error instanceof PlaybookDataError)) throw error;
    throw playbookRefused('playbook.invalid', 'The playbook conflicts with another playbook', [
      error.message.split('\n')[0] ?? '',
    ]);
  }
  await db
    .insertInto('imported_playbook')
    .values({
      playbook_id: playbook.id,
      signed_file: text,
      org_fingerprint: orgFingerprint,
      playbook_version: playbook.version,
      reviewed_on: playbook.reviewedOn,
      imported_at: now,
    })
    .onConflict((oc) =>
      oc.column('playbook_id').doUpdateSet({
        signed_file: text,
        org_fingerprint: orgFingerprint,
        playbook_version: playbook.version,
        reviewed_on: playbook.reviewedOn,
        imported_at: now,
      }),
    )
    .execute();
  return { id: playbook.id, reviewedOn: playbook.reviewedOn };
}

export async function listImportedPlaybooks(db: Db, deadlines: DeadlineData): Promise<ImportedPlaybook[]> {
  const rows = await db.selectFrom('imported_playbook').selectAll().orderBy('playbook_id').execute();
  const valid = await verifiedImports(db, deadlines);
  return rows.map((r) => ({
    id: r.playbook_id,
    reviewedOn: r.reviewed_on,
    importedAt: r.imported_at,
    valid: valid.has(r.playbook_id),
  }));
}

/** Goes back to the shipped playbook: removes the import. False when there was none. */
export async function revertPlaybook(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('imported_playbook').where('playbook_id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
