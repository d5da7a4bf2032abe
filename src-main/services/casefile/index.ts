import { createCaseService } from './case-service';
import { createClientService } from './client-service';
import { createConflictService } from './conflict-service';
import { inTransaction, todayOf, validate, type CasefileDeps } from './context';
import { searchAll } from './search-index';
import { createTimelineService } from './timeline-service';
import { createTrashService } from './trash-service';
import { clientInputSchema } from '../../shared/schemas/clients';

export type { ConflictCandidate } from '../../domain/people/conflict-check';

/** The casefile services, wired to one another once; the backend hands them to the router. */
export function createCasefile(deps: CasefileDeps) {
  const conflicts = createConflictService(deps);
  const clients = createClientService(deps, conflicts);
  const cases = createCaseService(deps);
  const timeline = createTimelineService(deps, conflicts);
  const trash = createTrashService(deps, conflicts);

  return {
    clients,
    cases,
    timeline,
    trash,
    conflicts,
    search: (query: string, limit: number) => searchAll(deps.db(), query, limit),

    /** Quick intake: the client and the first case commit together or not at all. */
    async intake(input: { client: unknown; case: Record<string, unknown>; otherClientIds: string[] }) {
      const today = todayOf(deps);
      const client = validate(clientInputSchema(today), input.client, 'client');
      const result = await inTransaction(deps, async (tx) => {
        const clientId = await clients.createIn(tx, client);
        const legalCase = validate(
          cases.schema(),
          { ...input.case, clientIds: [clientId, ...input.otherClientIds] },
          'case',
        );
        const caseId = await cases.createIn(tx, legalCase);
        return { clientId, caseId };
      });
      await conflicts.refreshClient(result.clientId);
      return result;
    },
  };
}

export type Casefile = ReturnType<typeof createCasefile>;
