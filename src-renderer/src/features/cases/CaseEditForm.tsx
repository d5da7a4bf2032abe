import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm, type FieldError, type FieldErrors, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { AppErrorShape } from '@shared/errors';
import {
  AUTHORITY_KINDS,
  CASE_OUTCOMES,
  CASE_STAGES,
  CASE_STATUSES,
  CLOSURE_REASONS,
  FILE_NUMBER_KINDS,
  type CaseInput,
} from '@shared/schemas/cases';
import { CASE_TYPES, RECESS_CHOICES } from '@shared/schemas/deadlines';
import { FormDateField } from '../../components/FormDateField';
import { caseEditSchema, caseFieldOf, caseToForm, type CaseFormValues } from './caseEditSchema';
import { Field } from '../../components/Field';
import type { CaseRecord } from './useCaseData';
import { useReportUnsaved } from './unsavedGuard';
import { applyServerErrors } from '../../components/serverErrors';
import { errorText, validationMessage } from '../../components/validationMessage';
import { localCivilDate } from '../../components/format';

interface Props {
  record: CaseRecord;
  onSaved: () => Promise<void>;
  /** Called on CONFLICT: the page reloads the case so the header shows what is really stored. */
  onConflict: () => Promise<void>;
  onCancel: () => void;
}

/** The first message anywhere under a field (tags.3, fileNumbers.0.value), for one-line display. */
function firstCode(error: FieldErrors | FieldError | undefined): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string') return error.message;
  for (const value of Object.values(error)) {
    const found = firstCode(value as FieldErrors | undefined);
    if (found) return found;
  }
  return undefined;
}

export function CaseEditForm({ record, onSaved, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  // The version the form was based on; replaced after a conflict so that a second, deliberate
  // save goes through (the lawyer has been told and has seen the current values).
  const [version, setVersion] = useState(record.version);
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  const [conflict, setConflict] = useState(false);
  const schema = useMemo(
    () =>
      caseEditSchema(
        localCivilDate(),
        record.clients.map((c) => c.id),
      ),
    [record.clients],
  );
  const form = useForm<CaseFormValues, unknown, CaseInput>({
    resolver: zodResolver(schema),
    defaultValues: caseToForm(record.case),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const fileNumbers = useFieldArray({ control, name: 'fileNumbers' });
  useReportUnsaved(formState.isDirty);
  const e = formState.errors;
  // The form opens below the header: put the keyboard in its first field, not back at the top.
  const { setFocus } = form;
  useEffect(() => setFocus('title'), [setFocus]);

  const submit = handleSubmit(async (value) => {
    setServerError(null);
    setConflict(false);
    const result = await invoke('cases:update', { id: record.id, version, case: value });
    if (result.ok) {
      form.reset(form.getValues());
      await onSaved();
      return;
    }
    if (result.error.code === 'CONFLICT') {
      setConflict(true);
      await onConflict();
      return;
    }
    applyServerErrors(result.error, setError, { fieldOf: (p) => caseFieldOf(p) as Path<CaseFormValues> | undefined });
    setServerError(result.error);
  });

  // After a conflict the page reloads the record; base the next save on the version now shown.
  if (conflict && record.version !== version) setVersion(record.version);

  const hasErrors = Object.keys(e).length > 0;

  return (
    <form
      className="case-form case-edit"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="case-edit-title"
    >
      <h2 id="case-edit-title">{t('cases.editTitle')}</h2>
      {conflict ? (
        <div className="error-message" role="alert" data-testid="case-conflict">
          <p>{t('cases.conflict')}</p>
        </div>
      ) : null}
      {hasErrors && formState.isSubmitted ? (
        <p className="field-error" role="alert">
          {t('cases.fixErrors')}
        </p>
      ) : null}
      {serverError && serverError.code !== 'VALIDATION' ? <ErrorMessage error={serverError} /> : null}

      <div className="case-form-grid">
        <Field
          label={t('cases.title')}
          hint={t('cases.titleHint')}
          error={errorText(t, e.title?.message)}
          className="span-2"
        >
          {(c) => <input {...c} className="input" {...register('title')} />}
        </Field>
        <Field label={t('cases.type')} error={errorText(t, e.type?.message)}>
          {(c) => (
            <select {...c} className="input case-select" {...register('type')}>
              {CASE_TYPES.map((v) => (
                <option key={v} value={v}>
                  {t(`caseTypes.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cases.status')} error={errorText(t, e.status?.message)}>
          {(c) => (
            <select {...c} className="input case-select" {...register('status')}>
              {CASE_STATUSES.map((v) => (
                <option key={v} value={v}>
                  {t(`caseStatus.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cases.stage')} error={errorText(t, e.stage?.message)}>
          {(c) => (
            <select {...c} className="input case-select" {...register('stage')}>
              <option value="">{t('cases.none')}</option>
              {CASE_STAGES.map((v) => (
                <option key={v} value={v}>
                  {t(`cases.stages.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cases.outcome')} error={errorText(t, e.outcome?.message)}>
          {(c) => (
            <select {...c} className="input case-select" {...register('outcome')}>
              {CASE_OUTCOMES.map((v) => (
                <option key={v} value={v}>
                  {t(`cases.outcomes.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cases.authorityKind')} error={errorText(t, e.authority?.kind?.message)}>
          {(c) => (
            <select {...c} className="input case-select" {...register('authority.kind')}>
              <option value="">{t('cases.none')}</option>
              {AUTHORITY_KINDS.map((v) => (
                <option key={v} value={v}>
                  {t(`cases.authorities.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('cases.authorityName')}
          hint={t('cases.authorityNameHint')}
          error={errorText(t, e.authority?.name?.message)}
        >
          {(c) => <input {...c} className="input" {...register('authority.name')} />}
        </Field>
        <Field label={t('cases.court')} hint={t('cases.courtHint')} error={errorText(t, e.court?.message)}>
          {(c) => <input {...c} className="input" {...register('court')} />}
        </Field>
        <Field label={t('caseRecess.label')} hint={t('caseRecess.hint')} error={errorText(t, e.courtRecess?.message)}>
          {(c) => (
            <select {...c} className="input" {...register('courtRecess')}>
              {RECESS_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`caseRecess.options.${choice}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cases.opposingParty')} error={errorText(t, e.opposingParty?.message)}>
          {(c) => <input {...c} className="input" {...register('opposingParty')} />}
        </Field>
      </div>

      <fieldset className="case-fieldset">
        <legend>{t('cases.fileNumbers')}</legend>
        <p className="field-hint">{t('cases.fileNumberHint')}</p>
        {fileNumbers.fields.map((field, index) => (
          <div key={field.id} className="case-file-number-row">
            <Field label={t('cases.fileNumberKind')} error={errorText(t, e.fileNumbers?.[index]?.kind?.message)}>
              {(c) => (
                <select {...c} className="input case-select" {...register(`fileNumbers.${index}.kind`)}>
                  {FILE_NUMBER_KINDS.map((v) => (
                    <option key={v} value={v}>
                      {t(`cases.fileNumberKinds.${v}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('cases.fileNumberValue')} error={errorText(t, e.fileNumbers?.[index]?.value?.message)}>
              {(c) => <input {...c} className="input input-short" {...register(`fileNumbers.${index}.value`)} />}
            </Field>
            <button type="button" className="button button-quiet" onClick={() => fileNumbers.remove(index)}>
              {t('cases.removeFileNumber')}
            </button>
          </div>
        ))}
        <div>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => fileNumbers.append({ kind: 'esas', value: '' })}
          >
            {t('cases.addFileNumber')}
          </button>
        </div>
      </fieldset>

      <div className="case-form-grid">
        <FormDateField
          control={control}
          name="openedOn"
          label={t('cases.openedOn')}
          hint={t('cases.dateHint')}
          error={e.openedOn?.message ? validationMessage(t, e.openedOn.message) : undefined}
        />
        <FormDateField
          control={control}
          name="closedOn"
          label={t('cases.closedOn')}
          hint={t('cases.dateHint')}
          error={e.closedOn?.message ? validationMessage(t, e.closedOn.message) : undefined}
        />
        <Field label={t('cases.closureReason')} error={errorText(t, e.closureReason?.message)}>
          {(c) => (
            <select {...c} className="input case-select" {...register('closureReason')}>
              <option value="">{t('cases.none')}</option>
              {CLOSURE_REASONS.map((v) => (
                <option key={v} value={v}>
                  {t(`cases.closureReasons.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('cases.closureNote')} error={errorText(t, e.closureNote?.message)}>
          {(c) => <input {...c} className="input" {...register('closureNote')} />}
        </Field>
        <Field
          label={t('cases.retentionYears')}
          hint={t('cases.retentionHint')}
          error={errorText(t, e.retentionYears?.message)}
        >
          {(c) => <input {...c} className="input" inputMode="numeric" {...register('retentionYears')} />}
        </Field>
        <Field
          label={t('cases.tagsInput')}
          hint={t('cases.tagsHint')}
          error={errorText(t, firstCode(e.tags))}
          className="span-2"
        >
          {(c) => <input {...c} className="input" {...register('tags')} />}
        </Field>
      </div>

      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={formState.isSubmitting || undefined}>
          {formState.isSubmitting ? t('cases.saving') : t('cases.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('cases.cancel')}
        </button>
      </div>
    </form>
  );
}
