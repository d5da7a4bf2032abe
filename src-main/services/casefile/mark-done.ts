import type { AuditEntity } from '../../shared/schemas/audit';
import { mutate } from '../audit-log';
import { nowIso, type CasefileDeps } from './context';
import { updateAtVersion } from './update-at-version';

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
    const next = await updateAtVersion(tx, table, id, version, { done_at: done ? at : null }, at);
    return { id, version: next };
  });
}
