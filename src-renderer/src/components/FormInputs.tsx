import type { InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';

/**
 * Inputs for react-hook-form: the registration is spread onto a native control inside our
 * labelled Field, so label, hint and (already translated) error are tied together for screen readers.
 */

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}

export function TextField({ label, hint, error, registration, className, ...rest }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          type="text"
          {...rest}
          {...control}
          {...registration}
          className={['input', className].filter(Boolean).join(' ')}
        />
      )}
    </Field>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  registration,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} {...registration} className="input textarea" rows={3} />}
    </Field>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  label,
  hint,
  error,
  registration,
  choices,
  placeholder,
}: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  choices: readonly Choice[];
  /** An empty first option ("Choose…", "Not recorded"). */
  placeholder?: string;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} {...registration} className="input">
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ label, registration }: { label: string; registration: UseFormRegisterReturn }) {
  return (
    <label className="checkbox">
      <input type="checkbox" {...registration} />
      <span>{label}</span>
    </label>
  );
}
