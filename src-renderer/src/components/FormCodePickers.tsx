import type { ComponentProps } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { CodeListPicker } from './CodeListPicker';
import { Combobox } from './Combobox';

/**
 * A react-hook-form field as the props of a control that edits text (DateField, Combobox): its
 * name, ref, value (a string, '' when unset) and handlers.
 */
export function useTextController<T extends FieldValues, TTransformed>(
  control: Control<T, unknown, TTransformed>,
  name: FieldPath<T>,
) {
  const { field } = useController({ control, name });
  const value: unknown = field.value;
  return {
    name: field.name,
    inputRef: field.ref,
    value: typeof value === 'string' ? value : '',
    onChange: field.onChange,
    onBlur: field.onBlur,
  };
}

/** Where a picker's value lives in a react-hook-form form. */
export interface Bound<T extends FieldValues, TTransformed> {
  control: Control<T, unknown, TTransformed>;
  name: FieldPath<T>;
}

/** Combobox bound to a react-hook-form field holding one code (or the text typed when none matched). */
export function FormCombobox<T extends FieldValues, TTransformed = T>({
  control,
  name,
  ...props
}: Omit<ComponentProps<typeof Combobox>, 'value' | 'onChange' | 'onBlur' | 'inputRef' | 'name'> &
  Bound<T, TTransformed>) {
  return <Combobox {...props} {...useTextController(control, name)} />;
}

/** CodeListPicker bound to a react-hook-form field holding a list of codes. */
export function FormCodeList<T extends FieldValues, TTransformed = T>({
  control,
  name,
  ...props
}: Omit<ComponentProps<typeof CodeListPicker>, 'values' | 'onChange'> & Bound<T, TTransformed>) {
  const { field } = useController({ control, name });
  const values: unknown = field.value;
  return (
    <CodeListPicker
      {...props}
      values={Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : []}
      onChange={field.onChange}
    />
  );
}
