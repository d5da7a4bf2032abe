import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The due date of the earliest open task, kept on each case and each client (`next_task_due`),
 * so the "has overdue task" filters of the case and client lists are one range of a small index
 * (`next_task_due < today`) instead of a look into the tasks of every case or client. "Overdue"
 * depends on the day, so what is stored is a date, not a flag.
 *
 * - legal_case.next_task_due: min(due_on) over the case's open tasks (tasks without a due date
 *   never count); SQLite reads it from the (case_id, done_at, due_on) index of case_task.
 * - client.next_task_due: min over the client's live (not trashed) cases.
 *
 * Triggers keep both right on every write, whoever writes (the services, the demo and bench
 * seeders, a cascade from a purged case): a task added, deleted, done, undone, re-dated or moved;
 * a case trashed or restored; a client added to or removed from a case.
 */
const caseValue = (caseId: string) =>
  `(SELECT min(t.due_on) FROM case_task t WHERE t.case_id = ${caseId} AND t.done_at IS NULL)`;
const clientValue = (clientId: string) =>
  `(SELECT min(lc.next_task_due) FROM case_client cc JOIN legal_case lc ON lc.id = cc.case_id
    WHERE cc.client_id = ${clientId} AND lc.deleted_at IS NULL)`;
const refreshCase = (caseId: string) =>
  `UPDATE legal_case SET next_task_due = ${caseValue(caseId)} WHERE id = ${caseId};`;
const refreshClient = (clientId: string) =>
  `UPDATE client SET next_task_due = ${clientValue(clientId)} WHERE id = ${clientId};`;

export const migration0009NextTaskDue: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`ALTER TABLE legal_case ADD COLUMN next_task_due TEXT`.execute(db);
    await sql`ALTER TABLE client ADD COLUMN next_task_due TEXT`.execute(db);
    await sql.raw(`UPDATE legal_case SET next_task_due = ${caseValue('legal_case.id')}`).execute(db);
    await sql.raw(`UPDATE client SET next_task_due = ${clientValue('client.id')}`).execute(db);

    const trigger = (name: string, event: string, body: string) =>
      sql.raw(`CREATE TRIGGER ${name} AFTER ${event} BEGIN ${body} END`).execute(db);
    // Tasks → their case. A task moved to another case changes both.
    await trigger('case_task_next_due_insert', 'INSERT ON case_task', refreshCase('NEW.case_id'));
    await trigger('case_task_next_due_delete', 'DELETE ON case_task', refreshCase('OLD.case_id'));
    await trigger(
      'case_task_next_due_update',
      'UPDATE OF case_id, due_on, done_at ON case_task',
      refreshCase('NEW.case_id') + refreshCase('OLD.case_id'),
    );
    // A case's date or trash state → its clients.
    await trigger(
      'legal_case_next_due_clients',
      `UPDATE OF next_task_due, deleted_at ON legal_case
       WHEN OLD.next_task_due IS NOT NEW.next_task_due OR OLD.deleted_at IS NOT NEW.deleted_at`,
      `UPDATE client SET next_task_due = ${clientValue('client.id')}
       WHERE id IN (SELECT client_id FROM case_client WHERE case_id = NEW.id);`,
    );
    // Who the case belongs to → those clients (a purged case's rows go by cascade, after it).
    await trigger('case_client_next_due_insert', 'INSERT ON case_client', refreshClient('NEW.client_id'));
    await trigger('case_client_next_due_delete', 'DELETE ON case_client', refreshClient('OLD.client_id'));
    await trigger(
      'case_client_next_due_update',
      'UPDATE ON case_client',
      refreshClient('NEW.client_id') + refreshClient('OLD.client_id'),
    );

    // Only rows with an open, dated task. Covering for the filtered lists: the count reads the
    // index alone, and so does choosing a page in either order (opened/updated, name/updated).
    await sql`CREATE INDEX legal_case_next_task_due ON legal_case (next_task_due, deleted_at, opened_on, updated_at, id)
      WHERE next_task_due IS NOT NULL`.execute(db);
    await sql`CREATE INDEX client_next_task_due ON client (next_task_due, deleted_at, sort_key, updated_at, id)
      WHERE next_task_due IS NOT NULL`.execute(db);
  },
};
