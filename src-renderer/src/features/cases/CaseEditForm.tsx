import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm, type FieldError, type FieldErrors, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
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
import { SelectField, TextField } from '../../components/FormInputs';
import { optionsOf, type ValueOption } from '../../components/ValueFields';
import { SaveCancelActions } from '../../components/SaveCancelActions';
import { useFieldBinder } from '../../components/useFieldBinder';
import { FormProblems } from '../../components/FormProblems';
import type { CaseRecord } from './useCaseData';
import { useReportUnsaved } from './unsavedGuard';
import { applyServerErrors } from '../../components/serverErrors';
import { errorText } from '../../components/validationMessage';
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
  const bind = useFieldBinder(form);
  /** A select of codes labelled by their translations; `none` adds the empty first choice. */
  const select = (name: Path<CaseFormValues>, label: string, choices: readonly ValueOption<string>[], none = false) => (
    <SelectField
      label={label}
      {...bind.field(name)}
      className="case-select"
      choices={choices}
      placeholder={none ? t('cases.none') : undefined}
    />
  );
  const text = (name: Path<CaseFormValues>, label: string, hint?: string) => (
    <TextField label={label} hint={hint} {...bind.field(name)} />
  );
  const date = (name: 'openedOn' | 'closedOn', label: string) => (
    <FormDateField label={label} hint={t('cases.dateHint')} {...bind.control(name)} />
  );
  const authorityChoices = optionsOf(AUTHORITY_KINDS, (v) => t(`cases.authorities.${v}`));
  const closureChoices = optionsOf(CLOSURE_REASONS, (v) => t(`cases.closureReasons.${v}`));

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
      <FormProblems
        invalid={hasErrors && formState.isSubmitted}
        message={t('cases.fixErrors')}
        error={serverError}
        validationOnFields
      />

      <div className="case-form-grid">
        <TextField
          label={t('cases.title')}
          hint={t('cases.titleHint')}
          {...bind.field('title')}
          fieldClassName="span-2"
        />
        {select(
          'type',
          t('cases.type'),
          optionsOf(CASE_TYPES, (v) => t(`caseTypes.${v}`)),
        )}
        {select(
          'status',
          t('cases.status'),
          optionsOf(CASE_STATUSES, (v) => t(`caseStatus.${v}`)),
        )}
        {select(
          'stage',
          t('cases.stage'),
          optionsOf(CASE_STAGES, (v) => t(`cases.stages.${v}`)),
          true,
        )}
        {select(
          'outcome',
          t('cases.outcome'),
          optionsOf(CASE_OUTCOMES, (v) => t(`cases.outcomes.${v}`)),
        )}
        {select('authority.kind', t('cases.authorityKind'), authorityChoices, true)}
        {text('authority.name', t('cases.authorityName'), t('cases.authorityNameHint'))}
        {text('court', t('cases.court'), t('cases.courtHint'))}
        <SelectField
          label={t('caseRecess.label')}
          hint={t('caseRecess.hint')}
          {...bind.field('courtRecess')}
          choices={optionsOf(RECESS_CHOICES, (choice) => t(`caseRecess.options.${choice}`))}
        />
        {text('opposingParty', t('cases.opposingParty'))}
      </div>

      <fieldset className="case-fieldset">
        <legend>{t('cases.fileNumbers')}</legend>
        <p className="field-hint">{t('cases.fileNumberHint')}</p>
        {fileNumbers.fields.map((field, index) => (
          <div key={field.id} className="case-file-number-row">
            {select(
              `fileNumbers.${index}.kind`,
              t('cases.fileNumberKind'),
              optionsOf(FILE_NUMBER_KINDS, (v) => t(`cases.fileNumberKinds.${v}`)),
            )}
            <TextField
              label={t('cases.fileNumberValue')}
              {...bind.field(`fileNumbers.${index}.value`)}
              className="input-short"
            />
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
        {date('openedOn', t('cases.openedOn'))}
        {date('closedOn', t('cases.closedOn'))}
        {select('closureReason', t('cases.closureReason'), closureChoices, true)}
        {text('closureNote', t('cases.closureNote'))}
        <TextField
          label={t('cases.retentionYears')}
          hint={t('cases.retentionHint')}
          {...bind.field('retentionYears')}
          inputMode="numeric"
        />
        <TextField
          label={t('cases.tagsInput')}
          hint={t('cases.tagsHint')}
          error={errorText(t, firstCode(e.tags))}
          registration={register('tags')}
          fieldClassName="span-2"
        />
      </div>

      <SaveCancelActions
        saving={formState.isSubmitting}
        saveLabel={t('cases.save')}
        savingLabel={t('cases.saving')}
        cancelLabel={t('cases.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
