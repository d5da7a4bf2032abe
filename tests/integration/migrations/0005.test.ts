import { describeMigration } from './harness';

describeMigration('0005-documents', [
  [
    'a case’s documents',
    'document_case',
    'document',
    'SELECT id FROM document WHERE case_id = ? AND deleted_at IS NULL',
    'a0000000-0000-4000-8000-000000000001',
  ],
  [
    'a client’s documents',
    'document_client',
    'document',
    'SELECT id FROM document WHERE client_id = ?',
    'c0000000-0000-4000-8000-000000000001',
  ],
  [
    'a document’s versions, newest first',
    'sqlite_autoindex_document_version_3',
    'document_version',
    'SELECT id FROM document_version WHERE document_id = ? ORDER BY version_no DESC',
    'e0000000-0000-4000-8000-000000000001',
  ],
  [
    'a stored file by its name (verify, crash debris)',
    'sqlite_autoindex_document_version_2',
    'document_version',
    'SELECT id FROM document_version WHERE file_name = ?',
    '00112233445566778899aabbccddeeff',
  ],
  [
    'the same file uploaded twice',
    'document_version_sha256',
    'document_version',
    'SELECT id FROM document_version WHERE sha256 = ?',
    'ab'.repeat(32),
  ],
]);
