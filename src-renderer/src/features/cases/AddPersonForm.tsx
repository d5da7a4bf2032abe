import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { invoke } from '../../api/client';
import type { AppErrorShape } from '@shared/errors';
import { PERSON_ROLES, type ConflictMatchView } from '@shared/schemas/casefile-views';
import { submitEntry, withoutCase, type Editing, type Saved } from './addForm';
import { useInvokeMutation } from '../../api/query';
import { ConflictMatches } from './ConflictMatches';
import { FormActions } from './FormActions';
import { FormDateField } from '../../components/FormDateField';
import { Field } from '../../components/Field';
import { errorText, validationMessage } from '../../components/validationMessage';
import { personForm } from './timelineSchemas';
import { useReportUnsaved } from './unsavedGuard';

export interface PersonValues {
  role: string;
  name: string;
  birthDate: string;
  identityNumber: string;
  note: string;
}

interface Props {
  caseId: string;
  /** Correcting a person of the case: the check then leaves the person itself out. */
  editing?: Editing<PersonValues> | undefined;
  onAdded: (noMatches: boolean, saved: Saved) => Promise<void>;
  onCancel: () => void;
}

/** The name, birth date and number a check ran for; a change means the check must run again. */
type Checked = { key: string; matches: readonly ConflictMatchView[] };

/**
 * Adding a person runs the conflict-of-interest check first and shows what matched and why;
 * the lawyer saves only after seeing it ("Save anyway"). A clean check saves straight away.
 */
export function AddPersonForm({ caseId, editing, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const schema = useMemo(() => personForm(caseId), [caseId]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: editing?.values ?? { role: 'opposing-party', name: '', birthDate: '', identityNumber: '', note: '' },
  });
  const { register, handleSubmit, formState, setFocus, control } = form;
  const e = formState.errors;
  useReportUnsaved(formState.isDirty);
  useEffect(() => setFocus('role'), [setFocus]);

  const [name, birthDate] = useWatch({ control, name: ['name', 'birthDate'] });
  const key = `${name.trim()}|${birthDate.trim()}`;
  const reviewed = checked !== null && checked.key === key && checked.matches.length > 0;

  const add = useInvokeMutation('persons:add');
  const update = useInvokeMutation('persons:update');
  const submit = handleSubmit(async (value) => {
    setError(null);
    if (!reviewed) {
      const check = await invoke('conflicts:check', {
        givenName: value.name,
        ...(value.birthDate ? { dateOfBirth: value.birthDate } : {}),
      });
      if (!check.ok) return setError(check.error);
      const matches = check.value.matches.filter((m) => m.id !== editing?.id);
      setChecked({ key, matches });
      if (matches.length > 0) return;
    }
    const call = editing ? update({ id: editing.id, version: editing.version, ...withoutCase(value) }) : add(value);
    const result = await submitEntry(call, form.setError, ['role', 'name', 'birthDate', 'identityNumber', 'note']);
    if (!result.ok) return setError(result.error);
    const clean = !reviewed;
    form.reset();
    setChecked(null);
    await onAdded(clean, result.value);
  });

  return (
    <form
      className="case-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={editing ? t('casework.edit.person') : t('persons.add')}
    >
      <div className="case-form-grid">
        <Field label={t('persons.role')} error={errorText(t, e.role?.message)}>
          {(c) => (
            <select {...c} className="input case-select" {...register('role')}>
              {PERSON_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`persons.roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('persons.name')} error={errorText(t, e.name?.message)}>
          {(c) => <input {...c} className="input" autoComplete="off" {...register('name')} />}
        </Field>
        <FormDateField
          control={form.control}
          name="birthDate"
          label={t('persons.birthDate')}
          hint={t('persons.birthDateHint')}
          allowYear
          error={e.birthDate?.message ? validationMessage(t, e.birthDate.message) : undefined}
        />
        <Field label={t('persons.identityNumber')} error={errorText(t, e.identityNumber?.message)}>
          {(c) => <input {...c} className="input input-mono" autoComplete="off" {...register('identityNumber')} />}
        </Field>
      </div>
      <Field label={t('persons.note')} error={errorText(t, e.note?.message)}>
        {(c) => <textarea {...c} className="input case-textarea" rows={2} {...register('note')} />}
      </Field>
      {reviewed && checked ? <ConflictMatches matches={checked.matches} /> : null}
      <FormActions
        submitLabel={reviewed ? t('persons.saveAnyway') : t('persons.check')}
        submitting={formState.isSubmitting}
        invalid={formState.isSubmitted && Object.keys(e).length > 0}
        error={error}
        onCancel={onCancel}
      />
    </form>
  );
}
