import type { Db } from '../../db/connection';
import { idsOf } from './record-rows';
import { unindexCases } from './search-index';

/**
 * Deletes a case for good, inside the caller's transaction: the reminders already sent for its
 * deadlines and hearings, its search entries, and the case row (every other row by cascade).
 * Answers its document files (to unlink once the transaction has committed) and its persons
 * (for the conflict index). Retention's purge and a handover's shredding both end this way.
 */
export async function deleteCase(tx: Db, caseId: string): Promise<{ files: string[]; persons: string[] }> {
  const files = (
    await tx
      .selectFrom('document_version')
      .innerJoin('document', 'document.id', 'document_version.document_id')
      .select('document_version.file_name')
      .where('document.case_id', '=', caseId)
      .execute()
  ).map((r) => r.file_name);
  const persons = await idsOf(tx.selectFrom('related_person').select('id').where('case_id', '=', caseId));
  const items = [
    ...(await idsOf(tx.selectFrom('case_deadline').select('id').where('case_id', '=', caseId))),
    ...(await idsOf(tx.selectFrom('hearing').select('id').where('case_id', '=', caseId))),
  ];
  if (items.length) await tx.deleteFrom('reminder_sent').where('item_id', 'in', items).execute();
  await unindexCases(tx, [caseId]);
  await tx.deleteFrom('legal_case').where('id', '=', caseId).execute();
  return { files, persons };
}
