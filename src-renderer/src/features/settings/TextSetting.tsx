import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SettingsSection } from '../../components/SettingsSection';
import { SavedNote } from '../../components/StatusNote';
import { ValueTextField, type ValueTextFieldProps } from '../../components/ValueFields';
import type { SettingsView as Settings } from '@shared/schemas/vault';
import { useSettingsSave, type SettingsPanelProps, type SettingsPatch } from './useSettingsSave';

type InputProps = Omit<ValueTextFieldProps, 'value' | 'onChange' | 'error'>;

export interface TextSettingProps extends SettingsPanelProps {
  headingId: string;
  title: string;
  /** A line under the title, before the form. */
  intro?: string;
  /** The field's text for these settings (at first, and again once saved). */
  show: (settings: Settings) => string;
  /** The change to store for the typed text, or the sentence that says what is wrong with it. */
  parse: (text: string) => { patch: SettingsPatch } | { error: string };
  /** The field: label, hint and native attributes. */
  input: InputProps;
  submitLabel: string;
  /**
   * The section's main content is something else (`children`): the save is a plain button, its
   * note under the form.
   */
  secondary?: boolean;
  children?: ReactNode;
}

/** A settings section of one typed value, checked here and stored with a button. */
export function TextSetting(props: TextSettingProps) {
  const { settings, show, parse, secondary = false } = props;
  const [text, setText] = useState(() => show(settings));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const saving = useSettingsSave(props.onSaved);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    saving.reset();
    const parsed = parse(text);
    setFieldError('error' in parsed ? parsed.error : null);
    if ('error' in parsed) return;
    const stored = await saving.save(parsed.patch);
    if (stored) setText(show(stored));
  };

  const note = <SavedNote saved={saving.saved} />;
  return (
    <SettingsSection headingId={props.headingId} title={props.title}>
      {props.intro ? <p className="field-hint">{props.intro}</p> : null}
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ValueTextField
          {...props.input}
          error={fieldError}
          value={text}
          onChange={(value) => {
            setText(value);
            saving.setSaved(false);
          }}
        />
        <ErrorMessage error={saving.error} />
        <div className="actions">
          <button type="submit" className={secondary ? 'button' : 'button button-primary'}>
            {props.submitLabel}
          </button>
          {secondary ? null : note}
        </div>
        {secondary ? note : null}
      </form>
      {props.children}
    </SettingsSection>
  );
}
