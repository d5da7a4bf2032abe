import type { Casefile } from '../casefile';
import type { CasefileDeps } from '../casefile/context';
import { requireLiveClient } from '../casefile/live-records';
import type { DeadlineData } from '../deadline-data';
import { createDeadlineService, type DeadlineService } from '../deadlines/deadline-service';
import type { DeadlineStart, RecessChoice } from '../../shared/schemas/deadlines';
import { createCaseRecords } from './case-records';
import { withCourtSetPeriods } from './court-set-data';
import { createDeadlineCasework } from './deadline-casework';
import { createHearingCasework } from './hearing-casework';
import { createRecordEdits } from './record-edits';
import { createRecordTrash } from './record-trash';

export { POWER_OF_ATTORNEY_TASK } from './case-records';

/**
 * Everyday casework (issue 14), wired once: the case's power of attorney, notifications and stay
 * requests; hearings postponed and decided; deadlines done, reopened and edited; corrections and
 * the trash of a case's smaller records; a new case for an existing client.
 */
export function createCasework(
  deps: CasefileDeps,
  casefile: Casefile,
  deadlines: DeadlineService,
  data: () => DeadlineData,
) {
  // The same deadline service, able to resolve court-set periods (kesin süre) by id.
  const courtData = () => withCourtSetPeriods(data());
  const courtDeadlines = createDeadlineService(deps, courtData);
  const records = createCaseRecords(deps, (input) => deadlines.add(input));
  const trash = createRecordTrash(deps, casefile.conflicts);
  return {
    ...records,
    hearings: createHearingCasework(deps, (input) => courtDeadlines.add(input)),
    deadlines: createDeadlineCasework(deps, courtData),
    edits: createRecordEdits(deps, casefile.conflicts),
    trash,

    /** The current version of a hearing or task, for a script that changes it without a screen. */
    async versionOf(entity: 'hearing' | 'task', id: string): Promise<number | null> {
      const table = entity === 'hearing' ? 'hearing' : 'case_task';
      const row = await deps.db().selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
      return row?.version ?? null;
    },

    /** "New case for this client" (client page, the intake's conflict panel, `case add --client`). */
    async createForClient(input: {
      clientId: string;
      case: Record<string, unknown>;
      otherClientIds: string[];
      firstDeadline?: { ruleId: string; start: DeadlineStart; recess?: RecessChoice | undefined } | undefined;
    }): Promise<{ caseId: string; deadlineId: string | null }> {
      await requireLiveClient(deps.db(), input.clientId);
      if (input.firstDeadline) deadlines.preview(input.firstDeadline.ruleId, input.firstDeadline.start);
      const created = await casefile.cases.create({
        ...input.case,
        clientIds: [input.clientId, ...input.otherClientIds.filter((id) => id !== input.clientId)],
      });
      // As at intake: the deadline right after; a failure leaves the case for the lawyer to complete.
      const deadline = input.firstDeadline ? await deadlines.add({ caseId: created.id, ...input.firstDeadline }) : null;
      return { caseId: created.id, deadlineId: deadline?.id ?? null };
    },
  };
}

export type Casework = ReturnType<typeof createCasework>;
