import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useValidationMessage } from './validationMessage';

/** The translated error message at a form path (`title`, `identityNumbers.0.value`), or nothing. */
export function useFieldError<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
): (path: string) => string | undefined {
  const message = useValidationMessage();
  return (path) => {
    const found: unknown = get(form.formState.errors, path);
    const code = typeof found === 'object' && found !== null && 'message' in found ? found.message : undefined;
    return message(typeof code === 'string' ? code : undefined);
  };
}

/**
 * A form's fields as the props of our inputs, each named once: `{...bind.field('title')}` gives
 * TextField, TextAreaField or SelectField its registration and translated error;
 * `{...bind.control('dueOn')}` gives FormDateField its control, name and error.
 */
export function useFieldBinder<T extends FieldValues, TTransformed>(form: UseFormReturn<T, unknown, TTransformed>) {
  const errorAt = useFieldError(form);
  return {
    errorAt,
    field: (name: Path<T>) => ({ registration: form.register(name), error: errorAt(name) }),
    control: (name: Path<T>) => ({ control: form.control, name, error: errorAt(name) }),
  };
}

/** What useFieldBinder gives, for code that renders a form's fields outside the component. */
export type FieldBinder<T extends FieldValues, TTransformed> = ReturnType<typeof useFieldBinder<T, TTransformed>>;
