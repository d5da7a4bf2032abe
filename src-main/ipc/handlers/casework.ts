import type { Casework } from '../../services/casework';
import type { DeadlineService } from '../../services/deadlines/deadline-service';
import { startDates } from '../../shared/schemas/deadlines';
import type { Handlers } from '../router';

type CaseworkChannel =
  | 'powerOfAttorney:list'
  | 'powerOfAttorney:add'
  | 'powerOfAttorney:update'
  | 'powerOfAttorney:requestTask'
  | 'notifications:list'
  | 'notifications:add'
  | 'notifications:update'
  | 'stays:list'
  | 'stays:add'
  | 'stays:update'
  | 'hearings:details'
  | 'hearings:update'
  | 'hearings:postpone'
  | 'hearings:setOutcome'
  | 'deadlines:details'
  | 'deadlines:complete'
  | 'deadlines:reopen'
  | 'deadlines:update'
  | 'activities:update'
  | 'tasks:update'
  | 'time:update'
  | 'persons:update'
  | 'documents:updateMeta'
  | 'records:trash'
  | 'records:restore'
  | 'records:trashList'
  | 'cases:createForClient';

/** The casework channels (shared/channels/casework.ts): each a call into the casework services. */
export function createCaseworkHandlers(
  casework: Casework,
  deadlines: Pick<DeadlineService, 'assertNotFuture'>,
): Pick<Handlers, CaseworkChannel> {
  const ok = {} as Record<string, never>;
  return {
    'powerOfAttorney:list': ({ caseId }) => casework.powerOfAttorney.list(caseId),
    'powerOfAttorney:add': ({ caseId, record }) => casework.powerOfAttorney.add(caseId, record),
    'powerOfAttorney:update': ({ id, version, record }) => casework.powerOfAttorney.update(id, version, record),
    'powerOfAttorney:requestTask': ({ caseId, title, dueOn }) =>
      casework.powerOfAttorney.requestTask(caseId, title, dueOn),

    'notifications:list': async ({ caseId }) => ({ notifications: await casework.notifications.list(caseId) }),
    'notifications:add': ({ caseId, deadline, ...n }) => casework.notifications.add(caseId, n, deadline),
    'notifications:update': ({ id, version, deadlineId, ...n }) =>
      casework.notifications.update(id, version, n, deadlineId),

    'stays:list': async ({ caseId }) => ({ stays: await casework.stays.list(caseId) }),
    'stays:add': ({ caseId, stay }) => casework.stays.add(caseId, stay),
    'stays:update': ({ id, version, stay }) => casework.stays.update(id, version, stay),

    'hearings:details': async ({ caseId }) => ({ hearings: await casework.hearings.details(caseId) }),
    'hearings:update': ({ id, version, ...h }) => casework.hearings.update(id, version, h),
    'hearings:postpone': ({ id, version, startsAt, reason }) =>
      casework.hearings.postpone(id, version, startsAt, reason),
    'hearings:setOutcome': ({ id, version, outcome, note, deadline }) => {
      if (deadline?.start)
        for (const [field, date] of startDates(deadline.start))
          deadlines.assertNotFuture(date, `deadline.start.${field}`);
      return casework.hearings.setOutcome(id, version, outcome, note, deadline);
    },

    'deadlines:details': async ({ caseId }) => ({ deadlines: await casework.deadlines.details(caseId) }),
    'deadlines:complete': ({ id, version, note }) => casework.deadlines.complete(id, version, note),
    'deadlines:reopen': ({ id, version }) => casework.deadlines.reopen(id, version),
    'deadlines:update': ({ id, version, ...edit }) => {
      if (edit.start)
        for (const [field, date] of startDates(edit.start)) deadlines.assertNotFuture(date, `start.${field}`);
      return casework.deadlines.update(id, version, edit);
    },

    'activities:update': ({ id, version, ...a }) => casework.edits.activity(id, version, a),
    'tasks:update': ({ id, version, ...t }) => casework.edits.task(id, version, t),
    'time:update': ({ id, version, ...t }) => casework.edits.time(id, version, t),
    'persons:update': ({ id, version, ...p }) => casework.edits.person(id, version, p),
    'documents:updateMeta': ({ id, version, ...m }) => casework.edits.documentMeta(id, version, m),

    'records:trash': async ({ entity, id }) => {
      await casework.trash.trash(entity, id);
      return ok;
    },
    'records:restore': ({ id }) => casework.trash.restore(id),
    'records:trashList': async ({ caseId }) => ({ records: await casework.trash.list(caseId) }),

    'cases:createForClient': ({ firstDeadline, ...input }) => {
      if (firstDeadline)
        for (const [field, date] of startDates(firstDeadline.start))
          deadlines.assertNotFuture(date, `firstDeadline.start.${field}`);
      return casework.createForClient({ ...input, ...(firstDeadline ? { firstDeadline } : {}) });
    },
  };
}
