import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

/**
 * Labelled inputs for forms that keep their values in React state (value + onChange), the
 * counterpart of FormInputs.tsx (react-hook-form registrations). The label is tied to the control
 * by id through Field, so a select's chosen option never becomes part of its accessible name.
 */

interface FieldFrame {
  label: string;
  hint?: string | undefined;
  /** Already translated. */
  error?: string | undefined;
  /** Extra classes for the field's wrapper ("span-2", "list-sort"). */
  fieldClassName?: string | undefined;
  /** The control's classes; "input" unless given, none when empty. */
  className?: string | undefined;
}

type InputProps = FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function ValueTextField({
  label,
  hint,
  error,
  fieldClassName,
  className = 'input',
  value,
  onChange,
  ...rest
}: InputProps) {
  return (
    <Field label={label} hint={hint} error={error} className={fieldClassName}>
      {(control) => (
        <input
          {...control}
          {...rest}
          className={className || undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface ValueOption<V extends string | number> {
  value: V;
  label: string;
  disabled?: boolean;
}

/** Options for a list of codes, each labelled by `label` (usually a translation). */
export function optionsOf<V extends string | number>(
  values: readonly V[],
  label: (value: V) => string,
): ValueOption<V>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** The <option>s of a select, in order (a "none" choice is simply the first one, value ""). */
export function OptionList<V extends string | number>({ options }: { options: readonly ValueOption<V>[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value} disabled={o.disabled}>
      {o.label}
    </option>
  ));
}

type SelectProps<V extends string | number> = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className' | 'children'> & {
    /** "" while nothing is chosen yet. */
    value: V | '';
    onChange: (value: V) => void;
    options: readonly ValueOption<V>[];
  };

/** A select of typed values: onChange gets the chosen option's own value (a number stays a number). */
export function ValueSelectField<V extends string | number>({
  label,
  hint,
  error,
  fieldClassName,
  className = 'input',
  value,
  onChange,
  options,
  ...rest
}: SelectProps<V>) {
  return (
    <Field label={label} hint={hint} error={error} className={fieldClassName}>
      {(control) => (
        <select
          {...control}
          {...rest}
          className={className || undefined}
          value={value}
          onChange={(e) => {
            const chosen = options.find((o) => String(o.value) === e.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          <OptionList options={options} />
        </select>
      )}
    </Field>
  );
}
