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
import { EntryForm } from './EntryForm';
import { useFieldBinder } from '../../components/useFieldBinder';
import { FormDateField } from '../../components/FormDateField';
import { SelectField, TextAreaField, TextField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
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
  const { handleSubmit, formState, setFocus, control } = form;
  const bind = useFieldBinder(form);
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
    <EntryForm
      form={form}
      submit={submit}
      error={error}
      label={editing ? t('casework.edit.person') : t('persons.add')}
      submitLabel={reviewed ? t('persons.saveAnyway') : t('persons.check')}
      onCancel={onCancel}
    >
      <div className="case-form-grid">
        <SelectField
          label={t('persons.role')}
          {...bind.field('role')}
          className="case-select"
          choices={optionsOf(PERSON_ROLES, (role) => t(`persons.roles.${role}`))}
        />
        <TextField label={t('persons.name')} {...bind.field('name')} autoComplete="off" />
        <FormDateField
          label={t('persons.birthDate')}
          hint={t('persons.birthDateHint')}
          allowYear
          {...bind.control('birthDate')}
        />
        <TextField
          label={t('persons.identityNumber')}
          {...bind.field('identityNumber')}
          className="input-mono"
          autoComplete="off"
        />
      </div>
      <TextAreaField label={t('persons.note')} {...bind.field('note')} className="case-textarea" rows={2} />
      {reviewed && checked ? <ConflictMatches matches={checked.matches} /> : null}
    </EntryForm>
  );
}
