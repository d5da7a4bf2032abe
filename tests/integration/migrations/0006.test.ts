import { describeMigration } from './harness';

describeMigration('0006-org-keys', [
  [
    'this vault’s key of a role',
    'sqlite_autoindex_report_key_1',
    'report_key',
    'SELECT public_key FROM report_key WHERE role = ?',
    'org',
  ],
  [
    'a lawyer’s reports overlapping a period (duplicates)',
    'received_report_lawyer',
    'received_report',
    'SELECT id FROM received_report WHERE lawyer_fingerprint = ? AND period_from <= ?',
    'cd'.repeat(32),
    '2026-09-30',
  ],
  [
    'the same report file twice',
    'sqlite_autoindex_received_report_1',
    'received_report',
    'SELECT id FROM received_report WHERE file_sha256 = ?',
    'ef'.repeat(32),
  ],
  [
    'a known lawyer by fingerprint',
    'sqlite_autoindex_known_lawyer_1',
    'known_lawyer',
    'SELECT public_key FROM known_lawyer WHERE fingerprint = ?',
    'cd'.repeat(32),
  ],
]);
