import { useState, type ReactNode } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SettingsSection } from '../../components/SettingsSection';
import { SavedNote } from '../../components/StatusNote';
import type { SettingsView as Settings } from '@shared/schemas/vault';
import { useSettingsSave, type SettingsPanelProps } from './useSettingsSave';

/** The settings that are a single yes/no. */
type BooleanSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

interface Props extends SettingsPanelProps {
  field: BooleanSetting;
  /** id of the section heading (for aria-labelledby). */
  headingId: string;
  title: string;
  intro: string;
  label: string;
  hint: string;
  /** Further controls of the same section, below the checkbox. */
  children?: ReactNode;
}

/** A settings section with one checkbox, saved as soon as it is ticked. */
export function ToggleSetting({ settings, onSaved, field, headingId, title, intro, label, hint, children }: Props) {
  const saving = useSettingsSave(onSaved);
  // The value being saved, shown at once so the box does not lag behind the click.
  const [pending, setPending] = useState<boolean | null>(null);

  const toggle = async (value: boolean): Promise<void> => {
    setPending(value);
    await saving.save({ [field]: value });
    setPending(null);
  };

  return (
    <SettingsSection headingId={headingId} title={title}>
      <p className="field-hint">{intro}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={pending ?? settings[field]}
          disabled={pending !== null}
          onChange={(event) => void toggle(event.target.checked)}
        />
        {label}
      </label>
      <p className="field-hint">{hint}</p>
      {children}
      <ErrorMessage error={saving.error} />
      <SavedNote saved={saving.saved} />
    </SettingsSection>
  );
}
