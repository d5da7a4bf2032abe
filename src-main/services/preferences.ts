import { mkdir, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { languageSchema, type Language } from '../shared/schemas/vault';
import { writeFileAtomic } from '../storage/atomic-write';
import { DIR_MODE, type VaultPaths } from '../storage/vault-paths';

/**
 * Preferences needed before unlock (the language of the unlock screen). Kept outside the
 * encrypted database on purpose, so they hold nothing about clients: only the UI language.
 */
const preferencesSchema = z.object({ language: languageSchema });
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { language: 'tr' };

export async function readPreferences(paths: VaultPaths): Promise<Preferences> {
  try {
    const parsed = preferencesSchema.safeParse(JSON.parse(await readFile(paths.preferences, 'utf8')));
    // A damaged preferences file must never stop a lawyer from unlocking: fall back to defaults.
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export async function writeLanguage(paths: VaultPaths, language: Language): Promise<void> {
  await mkdir(paths.dir, { recursive: true, mode: DIR_MODE });
  const current = await readPreferences(paths);
  await writeFileAtomic(paths.preferences, JSON.stringify({ ...current, language }, null, 2));
}
