import { AppError } from '../../shared/errors';
import { todayOf, type CasefileDeps } from './context';

/**
 * A case's everyday records as the lawyer enters them and as their rows store them: the same
 * columns when one is added (timeline-service.ts) and when it is corrected (record-edits.ts).
 * Imported as a namespace: `records.activity.columns(a)`.
 */
export interface ActivityFields {
  kind: string;
  occurredOn: string;
  durationMinutes?: number | undefined;
  summary?: string | undefined;
}

export interface TaskFields {
  title: string;
  dueOn?: string | undefined;
}

export interface TimeFields {
  workedOn: string;
  minutes: number;
  description?: string | undefined;
  proBono: boolean;
}

export interface PersonFields {
  role: string;
  name: string;
  birthDate?: string | undefined;
  identityNumber?: string | undefined;
  note?: string | undefined;
}

export const activity = {
  columns: (a: ActivityFields) => ({
    kind: a.kind,
    occurred_on: a.occurredOn,
    duration_minutes: a.durationMinutes ?? null,
    summary: a.summary ?? null,
  }),
  /** What the search index knows of it. */
  searchParts: (a: ActivityFields) => [a.summary],
};

export const task = { columns: (t: TaskFields) => ({ title: t.title, due_on: t.dueOn ?? null }) };

export const time = {
  columns: (t: TimeFields) => ({
    worked_on: t.workedOn,
    minutes: t.minutes,
    description: t.description ?? null,
    pro_bono: t.proBono ? 1 : 0,
  }),
};

export const person = {
  columns: (p: PersonFields) => ({
    role: p.role,
    name: p.name,
    birth_date: p.birthDate ?? null,
    identity_number: p.identityNumber ?? null,
    note: p.note ?? null,
  }),
  searchParts: (p: PersonFields) => [p.name, p.identityNumber],
};

/** Activities and time entries happen on a day that has come; a future one is a typo. */
export function assertNotFuture(deps: CasefileDeps, date: string, path: string): void {
  if (date > todayOf(deps)) throw new AppError('VALIDATION', 'Date in the future', [`${path}:date.inFuture`]);
}
