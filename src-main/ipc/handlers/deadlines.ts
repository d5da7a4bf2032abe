import { writeIcsFile, type AgendaIcs, type AgendaIcsOptions } from '../../services/deadlines/agenda-ics';
import type { Casework } from '../../services/casework';
import type { DeadlineService } from '../../services/deadlines/deadline-service';
import { readPreferences } from '../../services/preferences';
import type { deadlineChannels } from '../../shared/channels/deadlines';
import type { AgendaItem } from '../../shared/schemas/deadline-views';
import type { VaultPaths } from '../../storage/vault-paths';
import type { HandlersOf } from '../router';

export interface DeadlineHandlerDeps {
  deadlines: DeadlineService;
  /** `deadlines:remove` moves to the trash, restorable (issue 14). */
  casework: Casework;
  agenda: (days: number) => Promise<{ today: string; items: AgendaItem[] }>;
  /** The open agenda as an iCalendar file (neutral titles), for `agenda:exportIcs`. */
  agendaIcs: (options: AgendaIcsOptions) => Promise<AgendaIcs>;
  /** The interface language is read from the preferences next to the vault. */
  paths: VaultPaths;
  /** The platform save dialog (see BackendOptions.saveDialog). */
  saveDialog: (suggestedName: string) => Promise<string | null>;
}

/** The handlers behind shared/channels/deadlines.ts: deadlines, hearings, the agenda. */
export function createDeadlineHandlers({
  deadlines,
  casework,
  agenda,
  agendaIcs,
  paths,
  saveDialog,
}: DeadlineHandlerDeps): HandlersOf<typeof deadlineChannels> {
  return {
    'deadlines:rules': ({ caseType }) =>
      Promise.resolve({
        rules: deadlines.rules(caseType),
        defaultRuleId: caseType ? deadlines.defaultRuleFor(caseType) : null,
      }),
    'deadlines:preview': ({ ruleId, start, recess, internalWorkingDays }) =>
      Promise.resolve(deadlines.preview(ruleId, start, { recess, internalWorkingDays })),
    'deadlines:add': (input) => deadlines.add(input),
    'deadlines:list': async ({ caseId }) => ({ deadlines: await deadlines.list(caseId) }),
    'deadlines:setDone': ({ id, version, done }) => deadlines.setDone(id, version, done),
    // To the trash, restorable (issue 14); its reminders and revisions go and come back with it.
    'deadlines:remove': async ({ id }) => {
      await casework.trash.trash('deadline', id);
      return {};
    },
    'hearings:add': (h) => deadlines.addHearing(h),
    'hearings:list': async ({ caseId }) => ({ hearings: await deadlines.listHearings(caseId) }),
    'hearings:setDone': ({ id, version, done }) => deadlines.setHearingDone(id, version, done),
    'agenda:get': ({ days }) => agenda(days),
    'agenda:exportIcs': async ({ withFileNumbers }) => {
      const language = (await readPreferences(paths)).language;
      const ics = await agendaIcs({ withFileNumbers, language });
      const destination = await saveDialog(ics.fileName);
      if (destination === null) return { exported: false, events: 0 };
      await writeIcsFile(destination, ics);
      return { exported: true, events: ics.events };
    },
  };
}
