/**
 * Row types as SQLite stores them (Db* names). Domain types live in shared/schemas; the
 * repositories convert between the two so storage details never leak into the UI contract.
 */
export interface DbSetting {
  key: string;
  /** JSON-encoded value, validated with zod on read. */
  value: string;
  updated_at: string;
}

export interface Database {
  setting: DbSetting;
}
