import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import type { SettingsView as Settings } from '@shared/schemas/vault';

/** The settings that are a single yes/no. */
type BooleanSetting = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

interface Props {
  settings: Settings;
  onSaved: (settings: Settings) => void;
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
  const { t } = useTranslation();
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  // The value being saved, shown at once so the box does not lag behind the click.
  const [pending, setPending] = useState<boolean | null>(null);

  const toggle = async (value: boolean): Promise<void> => {
    setPending(value);
    setSaved(false);
    setError(null);
    const result = await invoke('settings:update', { [field]: value });
    setPending(null);
    if (!result.ok) return setError(result.error);
    onSaved(result.value);
    setSaved(true);
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
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
      <ErrorMessage error={error} />
      <p className="status-message" role="status">
        {saved ? t('settings.saved') : ''}
      </p>
    </section>
  );
}
