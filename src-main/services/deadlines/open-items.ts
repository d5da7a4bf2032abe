import type { Db } from '../../db/connection';

/**
 * What is still to be done in live cases (not in the trash), for the agenda, its calendar file
 * and the reminders: each query joins the case as `c`, selects nothing yet, and leaves the date
 * range to the caller.
 */

/** Deadlines not done (`d`). */
export const openDeadlines = (db: Db) =>
  db
    .selectFrom('case_deadline as d')
    .innerJoin('legal_case as c', 'c.id', 'd.case_id')
    .where('d.done_at', 'is', null)
    .where('c.deleted_at', 'is', null);

/** Repeating reminders (`r`) not done, of deadlines (`d`) not done. */
export const openReviews = (db: Db) =>
  db
    .selectFrom('case_reminder as r')
    .innerJoin('case_deadline as d', 'd.id', 'r.deadline_id')
    .innerJoin('legal_case as c', 'c.id', 'r.case_id')
    .where('r.done_at', 'is', null)
    .where('d.done_at', 'is', null)
    .where('c.deleted_at', 'is', null);

/** Hearings not held (`h`). */
export const openHearings = (db: Db) =>
  db
    .selectFrom('hearing as h')
    .innerJoin('legal_case as c', 'c.id', 'h.case_id')
    .where('h.done_at', 'is', null)
    .where('c.deleted_at', 'is', null);

/** Tasks not done that have a due date (`t`). */
export const openTasks = (db: Db) =>
  db
    .selectFrom('case_task as t')
    .innerJoin('legal_case as c', 'c.id', 't.case_id')
    .where('t.done_at', 'is', null)
    .where('t.due_on', 'is not', null)
    .where('c.deleted_at', 'is', null);

/** The case's esas (court file) number, from its stored file-number list. */
export const esasOf = (fileNumbers: string): string | null =>
  (JSON.parse(fileNumbers) as Array<{ kind: string; value: string }>).find((f) => f.kind === 'esas')?.value ?? null;
