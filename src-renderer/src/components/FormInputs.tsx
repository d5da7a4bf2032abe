import type { InputHTMLAttributes, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';
import { OptionList, type ValueOption } from './ValueFields';

/**
 * Inputs for react-hook-form: the registration is spread onto a native control inside our
 * labelled Field, so label, hint and (already translated) error are tied together for screen readers.
 */

/** What every labelled control takes besides its own attributes. */
interface Labelled {
  label: string;
  hint?: string | undefined;
  /** Already translated. */
  error?: string | null | undefined;
  /** Extra classes for the field's wrapper (`span-2`, a field in a row). */
  fieldClassName?: string | undefined;
}

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid'>;

const inputClass = (extra: string | undefined): string => ['input', extra].filter(Boolean).join(' ');

interface TextFieldProps extends Labelled, Omit<NativeInputProps, 'name'> {
  registration: UseFormRegisterReturn;
}

/** A labelled text input for a registration (any native attributes; `type` defaults to text). */
export function TextField({ label, hint, error, fieldClassName, className, registration, ...rest }: TextFieldProps) {
  const { ref, ...registered } = registration;
  return (
    <Field label={label} hint={hint} error={error} className={fieldClassName}>
      {(control) => (
        <input type="text" {...rest} {...registered} {...control} ref={ref} className={inputClass(className)} />
      )}
    </Field>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  registration,
  className = 'textarea',
  rows = 3,
}: Labelled & {
  registration: UseFormRegisterReturn;
  /** The class besides `input` (`textarea` unless the screen has its own). */
  className?: string;
  rows?: number;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} {...registration} className={inputClass(className)} rows={rows} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  fieldClassName,
  registration,
  choices,
  placeholder,
  className,
}: Labelled & {
  registration: UseFormRegisterReturn;
  choices: readonly ValueOption<string>[];
  /** An empty first option ("Choose…", "Not recorded"). */
  placeholder?: string | undefined;
  /** Extra classes for the select besides `input`. */
  className?: string | undefined;
}) {
  return (
    <Field label={label} hint={hint} error={error} className={fieldClassName}>
      {(control) => (
        <select {...control} {...registration} className={inputClass(className)}>
          <OptionList options={choices} placeholder={placeholder} />
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

/** A titled group of a long form's fields (`form-section`; `list-fieldset` and the like as extra classes). */
export function FormSection({
  legend,
  className,
  testId,
  children,
}: {
  legend: string;
  className?: string | undefined;
  testId?: string | undefined;
  children: ReactNode;
}) {
  return (
    <fieldset className={['form-section', className].filter(Boolean).join(' ')} data-testid={testId}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
