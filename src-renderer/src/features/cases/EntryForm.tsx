import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { submitEntry, type Saved } from './addForm';
import { FormActions } from './FormActions';
import { useReportUnsaved } from './unsavedGuard';

/**
 * A timeline entry form (activity, task, time entry): react-hook-form over the channel's own
 * schema, the first field focused, unsaved changes reported to the guard, and the backend's
 * answer routed by `submitEntry`. `save` adds or corrects: the caller picks the channel.
 */
export function useEntryForm<In extends FieldValues, Out>({
  schema,
  defaults,
  focus,
  fields,
  save,
  onSaved,
}: {
  schema: z.ZodType<Out, In>;
  defaults: In;
  focus: Path<In>;
  fields: readonly Path<In>[];
  save: (value: Out) => Promise<Envelope<Saved>>;
  onSaved: (saved: Saved) => Promise<void>;
}): {
  form: UseFormReturn<In, unknown, Out>;
  submit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  error: AppErrorShape | null;
} {
  const [error, setError] = useState<AppErrorShape | null>(null);
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(schema),
    defaultValues: defaults as DefaultValues<In>,
  });
  const { handleSubmit, formState, setFocus } = form;
  useReportUnsaved(formState.isDirty);
  useEffect(() => setFocus(focus), [setFocus, focus]);
  const submit = handleSubmit(async (value) => {
    const result = await submitEntry(save(value), form.setError, fields);
    if (!result.ok) return setError(result.error);
    form.reset();
    await onSaved(result.value);
  });
  return { form, submit, error };
}

/** The form element and its actions around an entry form's fields. */
export function EntryForm<In extends FieldValues, Out>({
  form,
  submit,
  error,
  label,
  submitLabel,
  onCancel,
  children,
}: {
  form: UseFormReturn<In, unknown, Out>;
  submit: () => Promise<void>;
  error: AppErrorShape | null;
  label: string;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { formState } = form;
  return (
    <form
      className="case-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      aria-label={label}
    >
      {children}
      <FormActions
        submitLabel={submitLabel}
        submitting={formState.isSubmitting}
        invalid={formState.isSubmitted && Object.keys(formState.errors).length > 0}
        error={error}
        onCancel={onCancel}
      />
    </form>
  );
}
