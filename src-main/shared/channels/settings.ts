import { settingsPatchSchema, settingsViewSchema } from '../schemas/vault';
import { emptySchema } from '../schemas/channel-parts';

/** The vault's settings (stored inside it, so only while unlocked). */
export const settingsChannels = {
  'settings:get': { input: emptySchema, output: settingsViewSchema },
  'settings:update': { input: settingsPatchSchema.strict(), output: settingsViewSchema },
} as const;
