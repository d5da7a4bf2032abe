import { Field } from './Field';
import { ChoiceOptions, type Choice } from './FormInputs';

/** A labelled select holding a controlled value (no react-hook-form): filters, sort orders. */
export function SelectInput({
  label,
  hint,
  fieldClassName,
  className,
  value,
  onValueChange,
  choices,
  placeholder,
}: {
  label: string;
  hint?: string | undefined;
  /** Extra classes for the field's wrapper. */
  fieldClassName?: string | undefined;
  /** Extra classes for the select besides `input`. */
  className?: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
  choices: readonly Choice[];
  /** An empty first option ("Any type"). */
  placeholder?: string | undefined;
}) {
  return (
    <Field label={label} hint={hint} className={fieldClassName}>
      {(control) => (
        <select
          {...control}
          className={['input', className].filter(Boolean).join(' ')}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        >
          <ChoiceOptions choices={choices} placeholder={placeholder} />
        </select>
      )}
    </Field>
  );
}
