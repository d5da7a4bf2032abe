import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDateField } from '../../components/FormDateField';
import { invoke } from '../../api/client';
import { useUnsavedChangesGuard } from '../../app/navigation';
import { FormCodeList } from '../../components/FormCodePickers';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CheckboxField, FormSection, SelectField, TextAreaField, TextField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
import { provinceOptions } from '../../components/isoNames';
import { localCivilDate } from '../../components/format';
import { currentLanguage } from '../../i18n';
import type { AppErrorShape } from '@shared/errors';
import { GENDERS, SAFE_CONTACT_FLAGS, type ClientInput } from '@shared/schemas/clients';
import { clientFormSchema, fromClient, type ClientFormValues } from './clientForm';
import { ClientCoreFields, codeChoices } from './ClientCoreFields';
import { useFieldBinder } from '../../components/useFieldBinder';
import { ClientListFields } from './ClientListFields';
import { applyServerErrors } from '../../components/serverErrors';
import { ClientFormActions } from './ClientFormActions';

interface ClientEditFormProps {
  clientId: string;
  version: number;
  client: ClientInput;
  title: string;
  onSaved: () => void;
  onCancel: () => void;
  /** Reloads the stored client after a CONFLICT; the form is rebuilt from it. */
  onReload: () => void;
}

/**
 * Every field of the client. Saves with the version it was loaded at: if someone else saved in
 * between, the backend answers CONFLICT and we say so instead of overwriting their work.
 */
export function ClientEditForm({ clientId, version, client, title, onSaved, onCancel, onReload }: ClientEditFormProps) {
  const { t } = useTranslation();
  const codes = codeChoices(currentLanguage());
  const schema = useMemo(() => clientFormSchema(localCivilDate()), []);
  const form = useForm<ClientFormValues, unknown, ClientInput>({
    resolver: zodResolver(schema),
    defaultValues: fromClient(client),
    mode: 'onTouched',
  });
  const { register, control, handleSubmit, formState, setError } = form;
  const bind = useFieldBinder(form);
  const { errorAt } = bind;
  const [failure, setFailure] = useState<AppErrorShape | null>(null);
  const [conflict, setConflict] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const precision = useWatch({ control, name: 'dateOfBirth.precision' });
  const genderKind = useWatch({ control, name: 'gender.kind' });
  useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitSuccessful);

  const save = handleSubmit(async (values) => {
    setFailure(null);
    const result = await invoke('clients:update', { id: clientId, version, client: values });
    if (result.ok) return onSaved();
    if (result.error.code === 'CONFLICT') return setConflict(true);
    if (applyServerErrors(result.error, setError).placed === 0) setFailure(result.error);
    // Keep isSubmitSuccessful false so the unsaved-changes guard stays on.
    throw new Error('not saved');
  });

  return (
    <form
      className="form client-form"
      noValidate
      aria-labelledby="client-edit-title"
      onSubmit={(event) => void save(event).catch(() => undefined)}
    >
      <h1 id="client-edit-title" className="page-title">
        {title}
      </h1>
      {conflict ? (
        <div className="error-message" role="alert" data-testid="edit-conflict">
          <p>
            <strong>{t('clients.conflictTitle')}</strong>
          </p>
          <p>{t('clients.conflictBody')}</p>
          <div>
            <button type="button" className="button button-primary" onClick={onReload}>
              {t('clients.reload')}
            </button>
          </div>
        </div>
      ) : null}

      <FormSection legend={t('form.sectionIdentity')}>
        <ClientCoreFields form={form} autoFocus />
        <div className="form-row">
          <TextField label={t('form.fatherName')} {...bind.field('fatherName')} />
          <TextField label={t('form.motherName')} {...bind.field('motherName')} />
        </div>
      </FormSection>

      <FormSection legend={t('form.sectionBirth')}>
        <div className="form-row">
          <SelectField
            label={t('form.dateOfBirthPrecision')}
            registration={register('dateOfBirth.precision')}
            choices={[
              { value: 'none', label: t('form.precisionNone') },
              { value: 'exact', label: t('form.precisionExact') },
              { value: 'year', label: t('form.precisionYear') },
              { value: 'approximate', label: t('form.precisionApproximate') },
            ]}
          />
          {precision === 'exact' ? (
            <FormDateField
              control={form.control}
              name="dateOfBirth.date"
              label={t('form.dateOfBirth')}
              error={errorAt('dateOfBirth.date') ?? errorAt('dateOfBirth')}
            />
          ) : precision === 'year' || precision === 'approximate' ? (
            <TextField
              label={t('form.birthYear')}
              inputMode="numeric"
              error={errorAt('dateOfBirth.year') ?? errorAt('dateOfBirth')}
              registration={register('dateOfBirth.year')}
              className="input-short"
            />
          ) : null}
        </div>
        <div className="form-row">
          <SelectField
            label={t('form.gender')}
            {...bind.field('gender.kind')}
            placeholder={t('form.genderNone')}
            choices={optionsOf(GENDERS, (g) => t(`form.genders.${g}`))}
          />
          {genderKind === 'self-described' ? (
            <TextField label={t('form.selfDescription')} {...bind.field('gender.selfDescription')} />
          ) : null}
        </div>
      </FormSection>

      <FormSection legend={t('form.sectionOrigin')}>
        <FormCodeList label={t('form.otherNationalities')} {...bind.control('otherNationalities')} {...codes.country} />
        <CheckboxField label={t('form.stateless')} registration={register('stateless')} />
      </FormSection>

      <ClientListFields form={form} lists={['identityNumbers', 'aliases']} />

      <FormSection legend={t('form.sectionContact')}>
        <div className="form-row">
          <SelectField
            label={t('form.province')}
            {...bind.field('address.provinceCode')}
            placeholder={t('form.provinceNone')}
            choices={provinceOptions().map((p) => ({ value: p.code, label: p.label }))}
          />
          <TextField label={t('form.district')} {...bind.field('address.district')} />
        </div>
        <TextField label={t('form.addressLine')} {...bind.field('address.line')} />
        <fieldset className="checkbox-group">
          <legend>{t('form.safeContactFlags')}</legend>
          {SAFE_CONTACT_FLAGS.map((flag) => (
            <label key={flag} className="checkbox">
              <input type="checkbox" value={flag} {...register('safeContact.flags')} />
              <span>{t(`form.safeContactOptions.${flag}`)}</span>
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label={t('form.safeContactInstructions')}
          hint={t('form.safeContactInstructionsHint')}
          {...bind.field('safeContact.instructions')}
        />
      </FormSection>

      <ClientListFields form={form} lists={['vulnerabilities', 'consents']} />

      <ClientFormActions
        formState={formState}
        failure={failure}
        texts="edit"
        onCancel={() => (formState.isDirty ? setConfirmingCancel(true) : onCancel())}
      />
      {confirmingCancel ? (
        <ConfirmDialog
          title={t('form.unsavedTitle')}
          confirmLabel={t('form.unsavedLeave')}
          cancelLabel={t('form.unsavedStay')}
          onConfirm={onCancel}
          onCancel={() => setConfirmingCancel(false)}
          danger
        >
          <p>{t('form.unsavedBody')}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
