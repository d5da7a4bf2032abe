import type { Db } from '../../db/connection';
import { AppError } from '../../shared/errors';
import type { CaseType } from '../../shared/schemas/deadlines';

/**
 * Records things can be attached to: a case or client that exists and is not in the trash.
 * One check for notes, deadlines, hearings and documents alike.
 */
export async function requireLiveCase(db: Db, caseId: string): Promise<void> {
  const row = await db
    .selectFrom('legal_case')
    .select('id')
    .where('id', '=', caseId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Case not found', ['caseId']);
}

export async function requireLiveClient(db: Db, clientId: string): Promise<void> {
  const row = await db
    .selectFrom('client')
    .select('id')
    .where('id', '=', clientId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Client not found', ['clientId']);
}

/** The type of a live case (its playbook, its petition templates); NOT_FOUND when it is gone. */
export async function liveCaseType(db: Db, caseId: string): Promise<CaseType> {
  const row = await db
    .selectFrom('legal_case')
    .select('type')
    .where('id', '=', caseId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Case not found', ['caseId']);
  return row.type as CaseType;
}
