import { z } from 'zod';
import { settingsPatchSchema, settingsViewSchema } from '../schemas/vault';

const empty = z.object({}).strict();

/** The vault's settings (stored inside it, so only while unlocked). */
export const settingsChannels = {
  'settings:get': { input: empty, output: settingsViewSchema },
  'settings:update': { input: settingsPatchSchema.strict(), output: settingsViewSchema },
} as const;
