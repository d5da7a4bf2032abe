import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useNavigation, useUnsavedChangesGuard } from '../../app/navigation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormInputs';
import { localCivilDate } from '../../components/format';
import { IDENTITY_KINDS } from '@shared/identity-numbers';
import type { AppErrorShape } from '@shared/errors';
import { CASE_TYPES } from '@shared/schemas/cases';
import { ClientCoreFields, useFieldError, type ClientForm } from '../clients/ClientCoreFields';
import { applyServerErrors } from '../clients/serverErrors';
import { ConflictPanel } from './ConflictPanel';
import { FamilyPicker } from './FamilyPicker';
import { EMPTY_INTAKE_FORM, intakeFormSchema, type IntakeFormValues, type IntakeOutput } from './intakeForm';
import { useConflictCheck, type ConflictCandidate } from './useConflictCheck';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Quick intake: a new client and their first case in one short form, with the conflict check
 * running as the lawyer types. Saving calls `intake:create` and opens the new case.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const nav = useNavigation();
  const today = useMemo(() => localCivilDate(), []);
  const schema = useMemo(() => intakeFormSchema(today), [today]);
  const form = useForm<IntakeFormValues, unknown, IntakeOutput>({
    resolver: zodResolver(schema),
    defaultValues: EMPTY_INTAKE_FORM,
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState, setError } = form;
  // The shared client fields know only the client part of the values, which intake extends.
  const clientForm = form as unknown as ClientForm;
  const errorAt = useFieldError(clientForm);
  const [failure, setFailure] = useState<AppErrorShape | null>(null);
  useUnsavedChangesGuard(formState.isDirty);

  const [givenName, familyName, dob, ids] = useWatch({
    control,
    name: ['givenName', 'familyName', 'dateOfBirth.date', 'identityNumbers'],
  });
  const candidate: ConflictCandidate = {
    givenName: givenName.trim() || undefined,
    familyName: familyName.trim() || undefined,
    dateOfBirth: DATE_RE.test(dob) ? dob : undefined,
    identityNumbers: ids.filter((n) => n.value.trim() !== '').map((n) => ({ kind: n.kind, value: n.value.trim() })),
  };
  const conflicts = useConflictCheck(candidate);

  const save = handleSubmit(async (values) => {
    setFailure(null);
    const { caseType, decisionNotifiedOn, otherClientIds, ...client } = values;
    const result = await invoke('intake:create', {
      client,
      case: { type: caseType, openedOn: today },
      otherClientIds,
      // The backend computes the case's first deadline from it (shown on the case page).
      ...(decisionNotifiedOn !== undefined ? { decisionNotifiedOn } : {}),
    });
    if (!result.ok) {
      if (applyServerErrors(result.error, setError) === 0) setFailure(result.error);
      throw new Error('not saved');
    }
    nav.setGuard(false);
    nav.navigate({ name: 'case', id: result.value.caseId });
  });

  const hasErrors = Object.keys(formState.errors).length > 0;
  return (
    <section aria-labelledby="intake-title" className="intake-page">
      <div className="page-header">
        <h1 id="intake-title" className="page-title">
          {t('intake.title')}
        </h1>
      </div>
      <p className="lead">{t('intake.intro')}</p>
      <div className="intake-layout">
        <form className="form" noValidate onSubmit={(event) => void save(event).catch(() => undefined)}>
          <fieldset className="form-section">
            <legend>{t('intake.personTitle')}</legend>
            <ClientCoreFields form={clientForm} autoFocus />
            <TextField
              label={t('form.dateOfBirth')}
              type="date"
              error={errorAt('dateOfBirth.date') ?? errorAt('dateOfBirth')}
              registration={register('dateOfBirth.date')}
              className="input-short"
            />
            <div className="form-row">
              <SelectField
                label={t('form.identityKind')}
                registration={register('identityNumbers.0.kind')}
                choices={IDENTITY_KINDS.map((k) => ({ value: k, label: t(`form.identityKinds.${k}`) }))}
              />
              <TextField
                label={t('form.identityValue')}
                error={errorAt('identityNumbers.0.value') ?? errorAt('identityNumbers.0')}
                registration={register('identityNumbers.0.value')}
                className="input-mono"
                autoComplete="off"
              />
            </div>
          </fieldset>
          <fieldset className="form-section">
            <legend>{t('intake.caseTitle')}</legend>
            <SelectField
              label={t('form.caseType')}
              error={errorAt('caseType')}
              registration={register('caseType')}
              placeholder={t('form.choose')}
              choices={CASE_TYPES.map((c) => ({ value: c, label: t(`form.caseTypes.${c}`) }))}
            />
            <TextField
              label={t('intake.decisionNotifiedOn')}
              hint={t('intake.decisionNotifiedOnHint')}
              type="date"
              error={errorAt('decisionNotifiedOn')}
              registration={register('decisionNotifiedOn')}
              className="input-short"
            />
          </fieldset>
          <Controller
            control={control}
            name="family"
            render={({ field }) => <FamilyPicker value={field.value} onChange={field.onChange} />}
          />
          {hasErrors && formState.isSubmitted ? (
            <p className="error-message" role="alert">
              {t('intake.fixErrors')}
            </p>
          ) : null}
          <ErrorMessage error={failure} />
          <div className="actions form-actions">
            <button type="submit" className="button button-primary" aria-disabled={formState.isSubmitting || undefined}>
              {formState.isSubmitting ? t('intake.saving') : t('intake.submit')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => nav.back({ name: 'clients' })}>
              {t('intake.cancel')}
            </button>
          </div>
        </form>
        <aside className="intake-aside">
          <ConflictPanel state={conflicts} onOpenClient={(id) => nav.navigate({ name: 'client', id })} />
        </aside>
      </div>
    </section>
  );
}
