import type { Casefile } from '../../services/casefile';
import type { Casework } from '../../services/casework';
import type { DeadlineService } from '../../services/deadlines/deadline-service';
import type { DocumentService } from '../../services/documents';
import type { casefileChannels } from '../../shared/channels/casefile';
import { startDates } from '../../shared/schemas/deadlines';
import type { HandlersOf } from '../router';
import { sweepDocuments } from './vault';

export interface CasefileHandlerDeps {
  casefile: Casefile;
  /** `trash:empty` also empties the records deleted from live cases (issue 14). */
  casework: Casework;
  /** `intake:create` adds the first deadline. */
  deadlines: DeadlineService;
  /** `trash:empty` removes the files of documents whose rows went. */
  documents: DocumentService;
}

interface RecordMeta {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** A record's bookkeeping, picked field by field: nothing else of the service's record crosses IPC. */
const recordMeta = ({ id, version, createdAt, updatedAt, deletedAt }: RecordMeta): RecordMeta => ({
  id,
  version,
  createdAt,
  updatedAt,
  deletedAt,
});

/** The handlers behind shared/channels/casefile.ts: clients, cases, intake, timeline, search, trash. */
export function createCasefileHandlers({
  casefile,
  casework,
  deadlines,
  documents,
}: CasefileHandlerDeps): HandlersOf<typeof casefileChannels> {
  const ok = {} as Record<string, never>;
  const done =
    <A>(run: (input: A) => Promise<unknown>) =>
    async (input: A) => {
      await run(input);
      return ok;
    };
  return {
    'clients:list': (q) => casefile.clients.list(q),
    'clients:get': async ({ id }) => {
      const c = await casefile.clients.get(id);
      return { ...recordMeta(c), client: c.client, cases: c.cases };
    },
    'clients:create': ({ client }) => casefile.clients.create(client),
    'clients:update': ({ id, version, client }) => casefile.clients.update(id, version, client),
    'clients:trash': done(({ id, withOpenCases }) => casefile.clients.trash(id, withOpenCases)),
    'clients:restore': done(({ id }) => casefile.clients.restore(id)),
    'cases:list': (q) => casefile.cases.list(q),
    'cases:get': async ({ id }) => {
      const c = await casefile.cases.get(id);
      return { ...recordMeta(c), case: c.case, clients: c.clients };
    },
    'cases:create': ({ case: c }) => casefile.cases.create(c),
    'cases:update': ({ id, version, case: c }) => casefile.cases.update(id, version, c),
    'cases:trash': done(({ id }) => casefile.cases.trash(id)),
    'cases:restore': done(({ id }) => casefile.cases.restore(id)),
    'intake:create': async ({ decisionNotifiedOn, firstDeadline, ...input }) => {
      // The first deadline as previewed on screen; or, from older callers, the default rule
      // of the case type counted from a plain notification date.
      const defaultRule = decisionNotifiedOn ? deadlines.defaultRuleFor(input.case.type) : null;
      const first =
        firstDeadline ??
        (decisionNotifiedOn && defaultRule
          ? { ruleId: defaultRule, start: { kind: 'notification' as const, date: decisionNotifiedOn } }
          : undefined);
      if (decisionNotifiedOn) deadlines.assertNotFuture(decisionNotifiedOn, 'decisionNotifiedOn');
      if (firstDeadline) {
        for (const [field, date] of startDates(firstDeadline.start))
          deadlines.assertNotFuture(date, `firstDeadline.start.${field}`);
      }
      const created = await casefile.intake(input);
      // The deadline comes right after: a failure here leaves the case, and the lawyer adds it by hand.
      const deadline = first ? await deadlines.add({ caseId: created.caseId, ...first }) : null;
      return { ...created, deadlineId: deadline?.id ?? null };
    },
    'timeline:list': async ({ caseId }) => ({ items: await casefile.timeline.list(caseId) }),
    'notes:add': ({ caseId, body }) => casefile.timeline.addNote(caseId, body),
    'notes:update': ({ id, version, body }) => casefile.timeline.updateNote(id, version, body),
    'notes:remove': done(({ id }) => casefile.timeline.removeNote(id)),
    'activities:add': (a) => casefile.timeline.addActivity(a),
    'tasks:add': (t) => casefile.timeline.addTask(t),
    'tasks:setDone': ({ id, version, done: isDone }) => casefile.timeline.setTaskDone(id, version, isDone),
    'time:add': (t) => casefile.timeline.addTime(t),
    'persons:add': (p) => casefile.timeline.addPerson(p),
    'persons:list': async ({ caseId }) => ({ persons: await casefile.timeline.listPersons(caseId) }),
    'search:query': async ({ query, limit }) => ({ results: await casefile.search(query, limit) }),
    'conflicts:check': async ({ excludeId, ...candidate }) => ({
      matches: await casefile.conflicts.check(candidate, excludeId),
    }),
    'trash:list': () => casefile.trash.list(),
    'trash:empty': async () => {
      // Records deleted from live cases (tasks, hearings, …) go for good with the rest, before
      // the checkpoint that overwrites the freed pages.
      await casework.trash.empty();
      const emptied = await casefile.trash.empty();
      // Documents of emptied cases lost their keys with the rows (cascade); their files go too.
      await sweepDocuments(documents);
      return emptied;
    },
  };
}
