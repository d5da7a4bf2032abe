import i18next, { type ParseKeys, type TFunction } from 'i18next';
import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldBinder } from '../../components/useFieldBinder';

/**
 * An error's message as a sentence: a message key (`deadlines.errors.badDate`), a shared
 * validation code (`date.inFuture`, from a backend answer) or a sentence already; never a raw
 * code on screen.
 */
export function keyedMessage(t: TFunction, message: string | undefined): string | undefined {
  if (message === undefined || message === '') return undefined;
  if (i18next.exists(message)) return t(message as ParseKeys);
  if (i18next.exists(`validation.${message}`)) return t(`validation.${message}` as ParseKeys);
  return message.includes(' ') ? message : t('validation.invalid');
}

/**
 * useFieldBinder for forms whose errors are their screen's own message keys
 * (`hearings.errors.badTime`, `documents.upload.titleRequired`) rather than the shared
 * validation codes: the same registrations, the key translated.
 */
export function useKeyedFieldBinder<T extends FieldValues, TTransformed>(
  form: UseFormReturn<T, unknown, TTransformed>,
) {
  const { t } = useTranslation();
  const bind = useFieldBinder(form);
  const errorAt = (path: string): string | undefined => {
    const found: unknown = get(form.formState.errors, path);
    const message = typeof found === 'object' && found !== null && 'message' in found ? found.message : undefined;
    return keyedMessage(t, typeof message === 'string' ? message : undefined);
  };
  return {
    errorAt,
    field: (name: Path<T>) => ({ ...bind.field(name), error: errorAt(name) }),
    control: (name: Path<T>) => ({ ...bind.control(name), error: errorAt(name) }),
  };
}
