import type { Casefile } from '../casefile';
import type { Clock } from '../clock';
import { DEMO_SEED, generateDemo } from './generate';
import type { DemoCase, DemoTimelineItem } from './types';

export interface DemoSummary {
  clients: number;
  cases: number;
  notes: number;
  activities: number;
  tasks: number;
  overdueTasks: number;
  timeEntries: number;
  persons: number;
}

/**
 * Writes the generated demo through the casefile services, exactly as the UI would (intake,
 * create, timeline adds): the demo then exercises the same validation, search index, audit log
 * and conflict index as real work, and cannot drift from the schema.
 */
export async function populateDemo(
  casefile: Casefile,
  clock: Clock,
  clients: number,
  seed = DEMO_SEED,
): Promise<DemoSummary> {
  // The lawyer's civil day, as the services compute "today" (see casefile/context.ts todayOf).
  const today = new Date(clock.now()).toLocaleDateString('sv-SE');
  const data = generateDemo({ clients, today, seed });
  const summary: DemoSummary = {
    clients: 0,
    cases: 0,
    notes: 0,
    activities: 0,
    tasks: 0,
    overdueTasks: 0,
    timeEntries: 0,
    persons: 0,
  };

  async function addTimeline(caseId: string, items: readonly DemoTimelineItem[], clientId: string): Promise<void> {
    for (const item of items) {
      switch (item.type) {
        case 'note':
          await casefile.timeline.addNote(caseId, item.body);
          summary.notes++;
          break;
        case 'activity':
          await casefile.timeline.addActivity({ caseId, ...item });
          summary.activities++;
          break;
        case 'task': {
          const task = await casefile.timeline.addTask({ caseId, title: item.title, dueOn: item.dueOn });
          if (item.done) await casefile.timeline.setTaskDone(task.id, task.version, true);
          else if (item.dueOn < today) summary.overdueTasks++;
          summary.tasks++;
          break;
        }
        case 'time':
          await casefile.timeline.addTime({ caseId, ...item });
          summary.timeEntries++;
          break;
        case 'person':
          await casefile.timeline.addPerson({ caseId, clientId, role: item.role, name: item.name, note: item.note });
          summary.persons++;
          break;
      }
    }
  }

  for (const family of data.families) {
    const [head, ...others] = family.members;
    const [first, ...rest] = family.cases;
    if (!head || !first) continue;
    // Relatives first, then the head through quick intake with the shared case: one step, as
    // a lawyer registers a family that walks in together.
    const ids: string[] = [''];
    for (const member of others) ids.push((await casefile.clients.create(member)).id);
    const intake = await casefile.intake({
      client: head,
      case: { ...first.case },
      otherClientIds: first.members.filter((m) => m !== 0).map((m) => ids[m] ?? ''),
    });
    ids[0] = intake.clientId;
    summary.clients += family.members.length;
    summary.cases++;
    await addTimeline(intake.caseId, first.timeline, intake.clientId);
    for (const c of rest) {
      const caseId = await createCase(casefile, c, ids);
      summary.cases++;
      await addTimeline(caseId, c.timeline, ids[c.members[0] ?? 0] ?? intake.clientId);
    }
  }
  return summary;
}

async function createCase(casefile: Casefile, c: DemoCase, ids: readonly string[]): Promise<string> {
  const created = await casefile.cases.create({ ...c.case, clientIds: c.members.map((m) => ids[m]) });
  return created.id;
}
