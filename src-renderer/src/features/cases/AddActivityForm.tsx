import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useInvokeMutation } from '../../api/query';
import type { AppErrorShape } from '@shared/errors';
import { ACTIVITY_KINDS } from '@shared/schemas/casefile-views';
import { submitEntry, withoutCase, type Editing, type Saved } from './addForm';
import { FormActions } from './FormActions';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { errorText, validationMessage } from '../../components/validationMessage';
import { activityForm } from './timelineSchemas';
import { useReportUnsaved } from './unsavedGuard';
import { localCivilDate } from '../../components/format';

export interface ActivityValues {
  kind: string;
  occurredOn: string;
  durationMinutes: string;
  summary: string;
}

interface Props {
  caseId: string;
  /** Correcting an existing activity instead of adding one. */
  editing?: Editing<ActivityValues> | undefined;
  onAdded: (saved: Saved) => Promise<void>;
  onCancel: () => void;
}

export function AddActivityForm({ caseId, editing, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => activityForm(caseId), [caseId]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: editing?.values ?? { kind: 'call', occurredOn: localCivilDate(), durationMinutes: '', summary: '' },
  });
  const { register, handleSubmit, formState, setFocus } = form;
  const e = formState.errors;
  useReportUnsaved(formState.isDirty);
  useEffect(() => setFocus('kind'), [setFocus]);

  const add = useInvokeMutation('activities:add');
  const update = useInvokeMutation('activities:update');
  const submit = handleSubmit(async (value) => {
    const call = editing ? update({ id: editing.id, version: editing.version, ...withoutCase(value) }) : add(value);
    const result = await submitEntry(call, form.setError, ['kind', 'occurredOn', 'durationMinutes', 'summary']);
    if (!result.ok) return setError(result.error);
    form.reset();
    await onAdded(result.value);
  });

  return (
    <form
      className="case-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={editing ? t('casework.edit.activity') : t('timeline.addActivity')}
    >
      <div className="case-form-grid">
        <Field label={t('timeline.activityKind')} error={errorText(t, e.kind?.message)}>
          {(c) => (
            <select {...c} className="input case-select" {...register('kind')}>
              {ACTIVITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`activityKinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <FormDateField
          control={form.control}
          name="occurredOn"
          label={t('timeline.occurredOn')}
          hint={t('cases.dateHint')}
          error={e.occurredOn?.message ? validationMessage(t, e.occurredOn.message) : undefined}
        />
        <Field
          label={t('timeline.duration')}
          hint={t('timeline.durationHint')}
          error={errorText(t, e.durationMinutes?.message)}
        >
          {(c) => <input {...c} className="input input-short" {...register('durationMinutes')} />}
        </Field>
      </div>
      <Field label={t('timeline.summary')} error={errorText(t, e.summary?.message)}>
        {(c) => <textarea {...c} className="input case-textarea" rows={3} {...register('summary')} />}
      </Field>
      <FormActions
        submitLabel={t('timeline.saveActivity')}
        submitting={formState.isSubmitting}
        invalid={formState.isSubmitted && Object.keys(e).length > 0}
        error={error}
        onCancel={onCancel}
      />
    </form>
  );
}
