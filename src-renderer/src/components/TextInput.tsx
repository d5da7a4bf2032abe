import type { InputHTMLAttributes, Ref } from 'react';
import { InputField } from './FormInputs';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'aria-describedby' | 'aria-invalid' | 'onChange' | 'value'
>;

interface TextInputProps extends NativeProps {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  value: string;
  onValueChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** Extra classes for the field's wrapper. */
  fieldClassName?: string | undefined;
}

/** A labelled text input holding a controlled value (no react-hook-form). */
export function TextInput({ value, onValueChange, ...rest }: TextInputProps) {
  return <InputField {...rest} value={value} onChange={(event) => onValueChange(event.target.value)} />;
}

/** A search box: no autocomplete and no spell check (what is searched for is names and numbers). */
export function SearchInput(props: Omit<TextInputProps, 'type' | 'autoComplete' | 'spellCheck'>) {
  return <TextInput {...props} type="search" autoComplete="off" spellCheck={false} />;
}
