import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField, type DateFieldProps } from './DateField';

/** DateField bound to a react-hook-form field (value: `YYYY-MM-DD`, `YYYY`, '' or the typed text). */
export function FormDateField<T extends FieldValues, TTransformed = T>({
  control,
  name,
  ...props
}: Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'name' | 'inputRef'> & {
  control: Control<T, unknown, TTransformed>;
  name: FieldPath<T>;
}) {
  const { field } = useController({ control, name });
  return (
    <DateField
      {...props}
      name={field.name}
      inputRef={field.ref}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
    />
  );
}
