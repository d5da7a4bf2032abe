import { describeMigration } from './harness';

const CLIENT = 'c0000000-0000-4000-8000-000000000001';
const CASE = 'a0000000-0000-4000-8000-000000000001';

// The services' queries (client and case lists, a client's and a case's page, the timeline,
// conflict lookups, the search index bookkeeping), reduced to what picks the index.
describeMigration('0003-casefile', [
  [
    'client list in Turkish name order',
    'client_list',
    'client',
    'SELECT id FROM client WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 100',
  ],
  ['clients of one nationality', 'client_nationality', 'client', 'SELECT id FROM client WHERE nationality = ?', 'SY'],
  ['a client’s other spellings', 'client_alias_client', 'client_alias', 'SELECT name FROM client_alias WHERE client_id = ?', CLIENT],
  [
    'a client’s identity numbers',
    'client_identity_client',
    'client_identity',
    'SELECT kind, value FROM client_identity WHERE client_id = ?',
    CLIENT,
  ],
  [
    'conflict check by identity number',
    'client_identity_lookup',
    'client_identity',
    'SELECT client_id FROM client_identity WHERE kind = ? AND normalized = ?',
    'passport',
    'N01234567',
  ],
  [
    'clients with a vulnerability',
    'client_vulnerability_code',
    'client_vulnerability',
    'SELECT client_id FROM client_vulnerability WHERE code = ?',
    'survivor-of-torture',
  ],
  ['a client’s consents', 'client_consent_client', 'client_consent', 'SELECT kind FROM client_consent WHERE client_id = ?', CLIENT],
  [
    'case list, newest opened first',
    'legal_case_list',
    'legal_case',
    'SELECT id FROM legal_case WHERE deleted_at IS NULL ORDER BY opened_on DESC LIMIT 100',
  ],
  [
    'cases by status and type',
    'legal_case_status',
    'legal_case',
    'SELECT id FROM legal_case WHERE status = ? AND type = ?',
    'active',
    'removal-appeal',
  ],
  ['a client’s cases', 'case_client_client', 'case_client', 'SELECT case_id FROM case_client WHERE client_id = ?', CLIENT],
  [
    'a case’s notes, newest first',
    'case_note_timeline',
    'case_note',
    'SELECT id FROM case_note WHERE case_id = ? ORDER BY created_at DESC',
    CASE,
  ],
  [
    'a case’s activities by date',
    'case_activity_timeline',
    'case_activity',
    'SELECT id FROM case_activity WHERE case_id = ? ORDER BY occurred_on DESC',
    CASE,
  ],
  [
    'a case’s open and overdue tasks, counted from the index alone',
    'case_task_case',
    'case_task',
    'SELECT count(*) FROM case_task WHERE case_id = ? AND done_at IS NULL AND due_on < ?',
    CASE,
    '2026-11-28',
  ],
  [
    'open tasks due up to a day (agenda)',
    'case_task_open',
    'case_task',
    'SELECT id FROM case_task WHERE done_at IS NULL AND due_on <= ?',
    '2026-12-05',
  ],
  ['a case’s time entries', 'time_entry_case', 'time_entry', 'SELECT minutes FROM time_entry WHERE case_id = ? ORDER BY worked_on', CASE],
  ['a case’s parties', 'related_person_case', 'related_person', 'SELECT name FROM related_person WHERE case_id = ?', CASE],
  [
    'a record’s search row',
    'sqlite_autoindex_search_doc_1',
    'search_doc',
    'SELECT id FROM search_doc WHERE kind = ? AND ref_id = ?',
    'client',
    CLIENT,
  ],
  ['a case’s search rows (purge)', 'search_doc_case', 'search_doc', 'SELECT id FROM search_doc WHERE case_id = ?', CASE],
]);
