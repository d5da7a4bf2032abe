import { describeMigration } from './harness';

describeMigration('0001-settings', [
  [
    'a setting by key',
    'sqlite_autoindex_setting_1',
    'setting',
    'SELECT value FROM setting WHERE key = ?',
    'autoLockMinutes',
  ],
]);
