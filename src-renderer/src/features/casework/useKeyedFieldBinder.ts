import type { ParseKeys } from 'i18next';
import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldBinder } from '../../components/useFieldBinder';

/**
 * useFieldBinder for forms whose errors are their screen's own message keys
 * (`hearings.errors.badTime`, `documents.upload.titleRequired`) rather than the shared
 * validation codes: the same registrations, the key translated.
 */
export function useKeyedFieldBinder<T extends FieldValues, TTransformed>(
  form: UseFormReturn<T, unknown, TTransformed>,
) {
  const { t, i18n } = useTranslation();
  const bind = useFieldBinder(form);
  const errorAt = (path: string): string | undefined => {
    const found: unknown = get(form.formState.errors, path);
    const key = typeof found === 'object' && found !== null && 'message' in found ? found.message : undefined;
    if (typeof key !== 'string' || key === '') return undefined;
    // A code nobody wrote a sentence for gets the generic one, never the raw key.
    return t((i18n.exists(key) ? key : 'validation.invalid') as ParseKeys);
  };
  return {
    errorAt,
    field: (name: Path<T>) => ({ ...bind.field(name), error: errorAt(name) }),
    control: (name: Path<T>) => ({ ...bind.control(name), error: errorAt(name) }),
  };
}
