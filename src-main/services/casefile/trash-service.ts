import { sql } from 'kysely';
import { mutate, type AuditEntry } from '../audit-log';
import { displayName } from './client-mapping';
import type { ConflictService } from './conflict-service';
import type { CasefileDeps } from './context';
import { trashedCases, trashedClients } from './live-records';
import { idsOf } from './record-rows';
import { compactSearchIndex, unindexCases, unindexRecords } from './search-index';

export function createTrashService(deps: CasefileDeps, conflicts: ConflictService) {
  return {
    async list() {
      const db = deps.db();
      const clients = await trashedClients(db)
        .select(['id', 'given_name', 'family_name', 'deleted_at'])
        .orderBy('deleted_at', 'desc')
        .execute();
      const cases = await trashedCases(db)
        .select(['id', 'title', 'type', 'deleted_at'])
        .orderBy('deleted_at', 'desc')
        .execute();
      return {
        clients: clients.map((c) => ({ id: c.id, name: displayName(c), deletedAt: c.deleted_at ?? '' })),
        cases: cases.map((c) => ({ id: c.id, title: c.title, type: c.type as 'other', deletedAt: c.deleted_at ?? '' })),
      };
    },

    /**
     * Deletes for real: rows (children by cascade), their search entries, then a WAL checkpoint
     * so that, with secure_delete on, the freed pages are overwritten in the database file too.
     */
    async empty(): Promise<{ clients: number; cases: number }> {
      const db = deps.db();
      const auditEntries = ({ cases, clients }: { cases: string[]; clients: string[] }): AuditEntry[] => [
        ...cases.map((id): AuditEntry => ({ action: 'deleted', entity: 'case', entityId: id })),
        ...clients.map((id): AuditEntry => ({ action: 'deleted', entity: 'client', entityId: id })),
      ];
      const { cases, clients } = await mutate<{ cases: string[]; clients: string[] }>(
        deps,
        auditEntries,
        async (tx) => {
          const cases = await idsOf(trashedCases(tx).select('id'));
          const clients = await idsOf(trashedClients(tx).select('id'));
          // Everything hanging off the cases leaves the search index with them.
          if (cases.length) {
            await unindexCases(tx, cases);
            conflicts.forget(await idsOf(tx.selectFrom('related_person').select('id').where('case_id', 'in', cases)));
            await unindexRecords(tx, 'case', cases);
            await tx.deleteFrom('legal_case').where('id', 'in', cases).execute();
          }
          if (clients.length) {
            await unindexRecords(tx, 'client', clients);
            await tx.deleteFrom('client').where('id', 'in', clients).execute();
          }
          return { cases, clients };
        },
      );
      conflicts.forget(clients);
      await compactSearchIndex(db);
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
      return { clients: clients.length, cases: cases.length };
    },
  };
}
