import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field, type FieldControlProps } from './Field';

/**
 * Labelled inputs for values kept in React state (value + onChange(value)), the counterpart of
 * FormInputs.tsx (react-hook-form registrations): the app's one controlled text input, select and
 * radios. The label is tied to the control by id through Field, so a select's chosen option never
 * becomes part of its accessible name.
 */

interface FieldFrame {
  label: string;
  hint?: string | undefined;
  /** Already translated. */
  error?: string | null | undefined;
  /** Extra classes for the field's wrapper ("span-2", "list-sort"). */
  fieldClassName?: string | undefined;
  /** The control's classes; "input" unless given, none when empty. */
  className?: string | undefined;
  /** Ids of descriptions the control renders itself (a date's echo in words), read after the hint. */
  describedBy?: string | undefined;
  /** The field's wrapper (a popover closes on a click outside it). */
  fieldRef?: Ref<HTMLDivElement> | undefined;
}

/** The labelled Field around a control; `control` gets the id, the descriptions and the classes. */
function Framed({
  frame: { label, hint, error, fieldClassName, className = 'input', describedBy, fieldRef },
  control,
}: {
  frame: FieldFrame;
  control: (props: FieldControlProps & { className: string | undefined }) => ReactNode;
}) {
  return (
    <Field label={label} hint={hint} error={error} className={fieldClassName} describedBy={describedBy} ref={fieldRef}>
      {(props) => control({ ...props, className: className || undefined })}
    </Field>
  );
}

/** Separates the Field's props from the control's own. */
function splitFrame<P extends FieldFrame>(props: P) {
  const { label, hint, error, fieldClassName, className, describedBy, fieldRef, ...own } = props;
  return { frame: { label, hint, error, fieldClassName, className, describedBy, fieldRef }, own };
}

interface TextValue {
  value: string;
  onChange: (value: string) => void;
}

type NativeProps<A> = Omit<A, 'id' | 'value' | 'onChange' | 'className' | 'aria-describedby' | 'aria-invalid'>;

type InputProps = FieldFrame &
  NativeProps<InputHTMLAttributes<HTMLInputElement>> &
  TextValue & {
    inputRef?: Ref<HTMLInputElement> | undefined;
    /**
     * A control built around the input (a passphrase's show button, a combobox's list, a date's
     * calendar): where the input goes, given its id. The input alone when absent.
     */
    around?: ((input: ReactNode, id: string) => ReactNode) | undefined;
  };
type TextAreaProps = FieldFrame & NativeProps<TextareaHTMLAttributes<HTMLTextAreaElement>> & TextValue;

export type ValueTextFieldProps = InputProps;

/** A text control in its Field, bound to a string: `input` for one line, `textarea` for several. */
function framedText(props: InputProps | TextAreaProps, tag: 'input' | 'textarea') {
  const { frame, own } = splitFrame(props);
  const { value, onChange, inputRef, around, ...rest } = own as InputProps;
  // One element either way: the props a caller may give are those of its own tag (InputProps for
  // input, TextAreaProps for textarea), which the two exported fields below guarantee.
  const Tag = tag as 'input';
  return (
    <Framed
      frame={frame}
      control={(control) => {
        const input = (
          <Tag {...control} {...rest} ref={inputRef} value={value} onChange={(e) => onChange(e.target.value)} />
        );
        return around ? around(input, control.id) : input;
      }}
    />
  );
}

export const ValueTextField = (props: InputProps) => framedText(props, 'input');
export const ValueTextAreaField = (props: TextAreaProps) => framedText(props, 'textarea');

/** A search box: no autocomplete and no spell check (what is searched for is names and numbers). */
export const ValueSearchField = (props: Omit<InputProps, 'type' | 'autoComplete' | 'spellCheck'>) => (
  <ValueTextField {...props} type="search" autoComplete="off" spellCheck={false} />
);

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

/**
 * The <option>s of a select, in order; with a placeholder ("Choose…", "Any type"), an empty first
 * option (value "") before them.
 */
export function OptionList<V extends string | number>({
  options,
  placeholder,
}: {
  options: readonly ValueOption<V>[];
  placeholder?: string | undefined;
}) {
  return (
    <>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </>
  );
}

type SelectProps<V extends string | number> = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'className' | 'children'> & {
    /** "" while nothing is chosen yet. */
    value: V | '';
    onChange: (value: V) => void;
    options: readonly ValueOption<V>[];
  };

/** A select of typed values: onChange gets the chosen option's own value (a number stays a number). */
export function ValueSelectField<V extends string | number>(props: SelectProps<V>) {
  const {
    frame,
    own: { value, onChange, options, ...rest },
  } = splitFrame(props);
  const choose = (text: string) => {
    const chosen = options.find((o) => String(o.value) === text);
    if (chosen) onChange(chosen.value);
  };
  return (
    <Framed
      frame={frame}
      control={(control) => (
        <select {...control} {...rest} value={value} onChange={(e) => choose(e.target.value)}>
          <OptionList options={options} />
        </select>
      )}
    />
  );
}

/** Radio buttons of typed values, each in its label (inside the caller's fieldset, which names the group). */
export function ValueRadios<V extends string | number>({
  name,
  value,
  onChange,
  options,
}: {
  /** The radio group's name (unique on the page). */
  name: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly ValueOption<V>[];
}) {
  return options.map((o) => (
    <label key={o.value} className="checkbox">
      <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
      {o.label}
    </label>
  ));
}
