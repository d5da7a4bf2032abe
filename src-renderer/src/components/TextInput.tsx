import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from './Field';

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
}

export function TextInput({ label, hint, error, value, onValueChange, inputRef, className, ...rest }: TextInputProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          type="text"
          {...rest}
          {...control}
          ref={inputRef}
          className={['input', className].filter(Boolean).join(' ')}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  );
}
