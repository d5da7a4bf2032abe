import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { CaseType } from '../../shared/schemas/deadlines';

/** Cases and clients that are not in the trash. */
export const liveCases = (db: Db) => db.selectFrom('legal_case').where('deleted_at', 'is', null);
export const liveClients = (db: Db) => db.selectFrom('client').where('deleted_at', 'is', null);

/** Cases and clients in the trash. */
export const trashedCases = (db: Db) => db.selectFrom('legal_case').where('deleted_at', 'is not', null);
export const trashedClients = (db: Db) => db.selectFrom('client').where('deleted_at', 'is not', null);

/** The type of a live case (its playbook, its petition templates); NOT_FOUND when it is gone. */
export async function liveCaseType(db: Db, caseId: string): Promise<CaseType> {
  const row = await liveCases(db).select('type').where('id', '=', caseId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Case not found', ['caseId']);
  return row.type as CaseType;
}

/**
 * Records things can be attached to: a case or client that exists and is not in the trash.
 * One check for notes, deadlines, hearings and documents alike.
 */
export async function requireLiveCase(db: Db, caseId: string): Promise<void> {
  await liveCaseType(db, caseId);
}

export async function requireLiveClient(db: Db, clientId: string): Promise<void> {
  const row = await liveClients(db).select('id').where('id', '=', clientId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Client not found', ['clientId']);
}

/**
 * A record linked from another one of the same case (a power of attorney's document, a
 * notification's deadline); a document in the trash does not count. NOT_FOUND at `path` otherwise.
 */
export async function requireRecordOfCase(
  db: Db,
  table: 'document' | 'case_deadline',
  id: string,
  caseId: string,
  error: { message: string; path: string },
): Promise<void> {
  const row = await db
    .selectFrom(table as 'document')
    .select('id')
    .where('id', '=', id)
    .where('case_id', '=', caseId)
    // Only documents have a trash column (the cast above names that table for the builder).
    .$if(table === 'document', (q) => q.where('deleted_at', 'is', null))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', error.message, [error.path]);
}
