import type { ACTIVITY_KINDS, PERSON_ROLES } from '../../shared/schemas/casefile-views';
import type { CaseInputDraft } from '../../shared/schemas/cases';
import type { ClientInputDraft } from '../../shared/schemas/clients';

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type PersonRole = (typeof PERSON_ROLES)[number];

/** One timeline entry, in the shape the timeline service's add functions take. */
export type DemoTimelineItem =
  | { type: 'note'; body: string }
  | { type: 'activity'; kind: ActivityKind; occurredOn: string; durationMinutes: number; summary: string }
  | { type: 'task'; title: string; dueOn: string; done: boolean }
  | { type: 'time'; workedOn: string; minutes: number; description: string; proBono: boolean }
  | { type: 'person'; role: PersonRole; name: string; note: string };

export interface DemoCase {
  /** The case input without clientIds: those exist only once the clients are saved. */
  case: Omit<CaseInputDraft, 'clientIds'>;
  /** Indexes into the family's members; always includes 0 for the family's first case. */
  members: number[];
  timeline: DemoTimelineItem[];
}

export interface DemoFamily {
  origin: string;
  members: ClientInputDraft[];
  cases: DemoCase[];
}

export interface DemoData {
  seed: number;
  today: string;
  families: DemoFamily[];
}
