import { sql } from 'kysely';
import type { Db } from '../../db/connection';
import { recordIdSchema } from '../../shared/schemas/casefile-common';
import { AppError } from '../../shared/errors';
import { removeDocumentFile } from '../../storage/document-store';
import { mutate } from '../audit-log';
import type { Clock } from '../clock';
import { deleteCase } from '../casefile/case-purge';
import { compactSearchIndex } from '../casefile/search-index';
import { getSettings } from '../settings-service';

export interface RetentionDeps {
  db: () => Db;
  clock: Clock;
  documentsDir: string;
  /** Drops purged people from the in-memory conflict index (the backend's; none in the CLI). */
  forget?: (ids: readonly string[]) => void;
}

export interface DueCase {
  id: string;
  title: string | null;
  closedOn: string;
  retentionYears: number;
  /** The first day the case may be deleted: closure date plus the retention years. */
  dueOn: string;
}

/** 'YYYY-MM-DD' plus whole years; 29 February moves to 1 March, never earlier than N years. */
export function addYears(civilDate: string, years: number): string {
  const [y, m, d] = civilDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

const todayOf = (clock: Clock) => new Date(clock.now()).toLocaleDateString('sv-SE');

/** Sets (or with null clears) one case's retention period, in years after closure. */
export async function setCaseRetention(deps: RetentionDeps, caseId: string, years: number | null): Promise<void> {
  const id = recordIdSchema.parse(caseId);
  if (years !== null && (!Number.isInteger(years) || years < 1 || years > 100))
    throw new AppError('VALIDATION', 'Invalid input', ['retentionYears:retention.range']);
  const result = await deps
    .db()
    .updateTable('legal_case')
    .set({ retention_years: years })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', 'Case not found');
}

/** Closed cases whose retention period has run out (trashed ones included), oldest first. */
export async function dueForDeletion(deps: RetentionDeps): Promise<DueCase[]> {
  const db = deps.db();
  const fallback = (await getSettings(db)).retentionYears;
  const today = todayOf(deps.clock);
  const closed = await db
    .selectFrom('legal_case')
    .select(['id', 'title', 'closed_on', 'retention_years'])
    .where('status', '=', 'closed')
    .where('closed_on', 'is not', null)
    .execute();
  const due: DueCase[] = [];
  for (const c of closed) {
    const closedOn = c.closed_on ?? '';
    // The case's own period wins; otherwise the vault-wide setting (both the lawyer's choice).
    const retentionYears = c.retention_years ?? fallback;
    const dueOn = addYears(closedOn, retentionYears);
    if (dueOn <= today) due.push({ id: c.id, title: c.title, closedOn, retentionYears, dueOn });
  }
  return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/**
 * Deletes a case for good. The rows go in one transaction — the document rows, which hold the
 * only copies of the document keys, with them (crypto-shredding), every other row by cascade,
 * its search entries — leaving one audit entry with the case id and no name. Then the search
 * index is merged (FTS5 keeps deleted tokens in old segments until a merge), the WAL is
 * checkpointed and truncated so secure_delete's zeroed pages reach the main file, and only then
 * are the document files unlinked: if that fails, what remains is ciphertext without a key.
 */
export async function purgeCase(deps: RetentionDeps, caseId: string): Promise<{ documents: number }> {
  const id = recordIdSchema.parse(caseId);
  const db = deps.db();
  const { files, persons } = await mutate(deps, { action: 'deleted', entity: 'case', entityId: id }, async (tx) => {
    const found = await tx.selectFrom('legal_case').select('id').where('id', '=', id).executeTakeFirst();
    if (!found) throw new AppError('NOT_FOUND', 'Not found');
    return deleteCase(tx, id);
  });
  deps.forget?.(persons);
  await sql`PRAGMA secure_delete = ON`.execute(db);
  await compactSearchIndex(db);
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  for (const name of files) await removeDocumentFile(deps.documentsDir, name);
  return { documents: files.length };
}

/** Purges every case that is due; returns their ids (and nothing else: no titles in logs). */
export async function purgeDue(deps: RetentionDeps): Promise<{ purged: string[]; documents: number }> {
  const due = await dueForDeletion(deps);
  let documents = 0;
  for (const c of due) documents += (await purgeCase(deps, c.id)).documents;
  return { purged: due.map((c) => c.id), documents };
}
