import { sql } from 'kysely';
import type { AuditEntity } from '../../shared/schemas/audit';
import { mutate } from '../audit-log';
import { assertUpdated, nowIso, type CasefileDeps } from './context';

/** Tables whose rows are ticked off: tasks, deadlines, hearings. */
type DoneTable = 'case_task' | 'case_deadline' | 'hearing';

/**
 * Marks a row done or not done, checking its version so a stale screen cannot undo someone
 * else's change, and audits it by id.
 */
export function markDone(
  deps: CasefileDeps,
  table: DoneTable,
  entity: AuditEntity,
  id: string,
  version: number,
  done: boolean,
) {
  const at = nowIso(deps);
  return mutate(deps, { action: 'updated', entity, entityId: id }, async (tx) => {
    const result = await tx
      .updateTable(table)
      .set({ done_at: done ? at : null, updated_at: at, version: sql`version + 1` })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    await assertUpdated(result.numUpdatedRows, async () =>
      Boolean(await tx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()),
    );
    return { id, version: version + 1 };
  });
}
