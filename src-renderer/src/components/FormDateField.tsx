import type { FieldValues } from 'react-hook-form';
import { DateField, type DateFieldProps } from './DateField';
import { useTextController, type Bound } from './FormCodePickers';

/** DateField bound to a react-hook-form field (value: `YYYY-MM-DD`, `YYYY`, '' or the typed text). */
export function FormDateField<T extends FieldValues, TTransformed = T>({
  control,
  name,
  ...props
}: Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'name' | 'inputRef'> & Bound<T, TTransformed>) {
  return <DateField {...props} {...useTextController(control, name)} />;
}
