import { useState } from 'react';
import { useInvokeMutation } from '../../api/query';
import type { ChannelInput } from '@shared/contract';
import type { AppErrorShape } from '@shared/errors';
import type { SettingsView as Settings } from '@shared/schemas/vault';

/** What every settings panel gets from the Settings page: the settings, and where a save goes. */
export interface SettingsPanelProps {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

export type SettingsPatch = ChannelInput<'settings:update'>;

/**
 * Saving part of the settings through `settings:update` (which answers with the whole new
 * settings, handed to `onSaved`), with the panel's failure and its "Saved." note.
 */
export function useSettingsSave(onSaved: (settings: Settings) => void) {
  const update = useInvokeMutation('settings:update');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  return {
    error,
    saved,
    setSaved,
    /** Forgets the last outcome (a new attempt, or an edit after "Saved."). */
    reset(): void {
      setSaved(false);
      setError(null);
    },
    /** Stores `patch`; answers the new settings, or null when it failed (the error is shown). */
    async save(patch: SettingsPatch): Promise<Settings | null> {
      setSaved(false);
      setError(null);
      const result = await update(patch);
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      onSaved(result.value);
      setSaved(true);
      return result.value;
    },
  };
}
