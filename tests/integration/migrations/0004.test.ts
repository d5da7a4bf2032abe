import { describeMigration } from './harness';

const CASE = 'a0000000-0000-4000-8000-000000000001';

describeMigration('0004-deadlines', [
  [
    'open deadlines up to a day (agenda, reminders)',
    'case_deadline_due',
    'case_deadline',
    'SELECT id FROM case_deadline WHERE done_at IS NULL AND due_on <= ?',
    '2026-12-05',
  ],
  ['a case’s deadlines', 'case_deadline_case', 'case_deadline', 'SELECT id FROM case_deadline WHERE case_id = ?', CASE],
  [
    'open hearings up to a day (agenda)',
    'hearing_starts',
    'hearing',
    'SELECT id FROM hearing WHERE done_at IS NULL AND starts_at <= ?',
    '2026-12-05T23:59',
  ],
  ['a case’s hearings', 'hearing_case', 'hearing', 'SELECT id FROM hearing WHERE case_id = ?', CASE],
  [
    'a reminder already sent',
    'sqlite_autoindex_reminder_sent_1',
    'reminder_sent',
    'SELECT 1 FROM reminder_sent WHERE item_id = ? AND lead = ?',
    'd0000000-0000-4000-8000-000000000001',
    'P1D',
  ],
]);
