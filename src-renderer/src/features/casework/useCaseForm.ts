import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { Envelope } from '@shared/errors';
import { useKeyedFieldBinder } from './useKeyedFieldBinder';

/**
 * A casework inline form on react-hook-form: the form's schema checks and shapes the values,
 * its errors (message keys) show at the fields, `focus` is focused when the form opens, and
 * `save` is CaseForm's: null when the schema refused, the backend's answer otherwise (CaseForm
 * shows a refusal under the fields).
 */
export function useCaseForm<In extends FieldValues, Out, T>({
  schema,
  defaults,
  focus,
  call,
}: {
  schema: z.ZodType<Out, In>;
  defaults: DefaultValues<In>;
  focus: Path<In>;
  call: (value: Out) => Promise<Envelope<T>>;
}) {
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(schema), defaultValues: defaults });
  const bind = useKeyedFieldBinder(form);
  const { setFocus } = form;
  useEffect(() => setFocus(focus), [setFocus, focus]);
  const save = () =>
    new Promise<Envelope<T> | null>((resolve, reject) => {
      form
        .handleSubmit(
          (value) => call(value).then(resolve, reject),
          () => resolve(null),
        )()
        .catch(reject);
    });
  return { form, bind, save };
}
