import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvokeMutation } from '../../api/query';
import { ACTIVITY_KINDS } from '@shared/schemas/casefile-views';
import { withoutCase, type Editing, type Saved } from './addForm';
import { EntryForm, useEntryForm } from './EntryForm';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { errorText, validationMessage } from '../../components/validationMessage';
import { activityForm } from './timelineSchemas';
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
  const add = useInvokeMutation('activities:add');
  const update = useInvokeMutation('activities:update');
  const { form, submit, error } = useEntryForm({
    schema,
    defaults: editing?.values ?? { kind: 'call', occurredOn: localCivilDate(), durationMinutes: '', summary: '' },
    focus: 'kind',
    fields: ['kind', 'occurredOn', 'durationMinutes', 'summary'],
    save: (value) =>
      editing ? update({ id: editing.id, version: editing.version, ...withoutCase(value) }) : add(value),
    onSaved: onAdded,
  });
  const { register } = form;
  const e = form.formState.errors;

  return (
    <EntryForm
      form={form}
      submit={submit}
      error={error}
      label={editing ? t('casework.edit.activity') : t('timeline.addActivity')}
      submitLabel={t('timeline.saveActivity')}
      onCancel={onCancel}
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
    </EntryForm>
  );
}
