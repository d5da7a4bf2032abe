import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState, type ComponentProps, type FormEvent, type ReactNode } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { AppErrorShape, Envelope } from '@shared/errors';
import { submitEntry, withoutCase, type EntryFormProps, type Saved } from './addForm';
import { FormActions } from './FormActions';
import { useReportUnsaved } from './unsavedGuard';
import { useFieldBinder } from '../../components/useFieldBinder';
import { TextField } from '../../components/FormInputs';

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

/**
 * A form that adds a record to a case or corrects one (`editing`): the schema built for the
 * case, the add or the update channel, the editing values or the defaults. Returns the form,
 * the props for `EntryForm` and its fields' binder.
 */
export function useCaseEntryForm<In extends FieldValues, Out extends { caseId: string }>({
  caseId,
  editing,
  onAdded,
  onCancel,
  schemaFor,
  add,
  update,
  defaults,
  focus,
  labels,
}: EntryFormProps<In> & {
  schemaFor: (caseId: string) => z.ZodType<Out, In>;
  add: (value: Out) => Promise<Envelope<Saved>>;
  update: (value: { id: string; version: number } & Omit<Out, 'caseId'>) => Promise<Envelope<Saved>>;
  /** The new record's values; its keys are the form's fields (where the backend's details go). */
  defaults: In;
  focus: Path<In>;
  /** The form's name when adding and when correcting, and its submit button. */
  labels: { add: string; edit: string; submit: string };
}) {
  const schema = useMemo(() => schemaFor(caseId), [schemaFor, caseId]);
  const { form, submit, error } = useEntryForm({
    schema,
    defaults: editing?.values ?? defaults,
    focus,
    fields: Object.keys(defaults) as Path<In>[],
    save: (value) =>
      editing ? update({ id: editing.id, version: editing.version, ...withoutCase(value) }) : add(value),
    onSaved: onAdded,
  });
  const bind = useFieldBinder(form);
  const entry = {
    form,
    submit,
    error,
    onCancel,
    label: editing ? labels.edit : labels.add,
    submitLabel: labels.submit,
  };
  return { form, entry, bind };
}

/** A case form element: not validated by the browser, submitted by the caller's handler. */
export function CaseForm({
  label,
  className = 'case-form',
  onSubmit,
  children,
}: {
  label?: string | undefined;
  className?: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      aria-label={label}
    >
      {children}
    </form>
  );
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
    <CaseForm label={label} onSubmit={() => void submit()}>
      {children}
      <FormActions
        submitLabel={submitLabel}
        submitting={formState.isSubmitting}
        invalid={formState.isSubmitted && Object.keys(formState.errors).length > 0}
        error={error}
        onCancel={onCancel}
      />
    </CaseForm>
  );
}

/** A duration typed as `1:30` or minutes (read by the schema's duration parser): a short input. */
export function DurationField(props: Omit<ComponentProps<typeof TextField>, 'className'>) {
  return <TextField {...props} className="input-short" />;
}
