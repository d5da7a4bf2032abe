import { join } from 'node:path';

/** The files of a vault folder. Names carry no client data. */
export interface VaultPaths {
  dir: string;
  keySlots: string;
  database: string;
  preferences: string;
  /** Encrypted document files (random names); their keys live in the database. */
  documents: string;
}

export function vaultPaths(dir: string): VaultPaths {
  return {
    dir,
    keySlots: join(dir, 'keys.json'),
    database: join(dir, 'emanet.db'),
    preferences: join(dir, 'preferences.json'),
    documents: join(dir, 'documents'),
  };
}

/** Owner-only permissions: other accounts on a shared laptop must not even read ciphertext. */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;
