import type { ReactNode } from 'react';
import { useFieldArray, type FieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDateField } from '../../components/FormDateField';
import { choicesOf, FormSection, SelectField, TextAreaField, TextField } from '../../components/FormInputs';
import { localCivilDate } from '../../components/format';
import { IDENTITY_KINDS } from '@shared/identity-numbers';
import { ALIAS_KINDS, CONSENT_KINDS, CONSENT_METHODS, VULNERABILITY_CODES } from '@shared/schemas/clients';
import type { ClientForm as Form } from './ClientCoreFields';
import { useFieldBinder } from '../../components/useFieldBinder';
import type { ClientFormValues } from './clientForm';

type ListName = 'aliases' | 'identityNumbers' | 'vulnerabilities' | 'consents';

/**
 * A fieldset of repeatable entries (a react-hook-form field array) with Add and per-entry
 * Remove; focus goes to what was added. `entry` renders the fields of the entry at an index.
 */
function ListFields<N extends ListName>({
  form,
  name,
  legend,
  addLabel,
  newEntry,
  error,
  entry,
}: {
  form: Form;
  name: N;
  legend: string;
  addLabel: string;
  newEntry: () => ClientFormValues[N][number];
  error?: string | undefined;
  entry: (index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  // The cast names the same type: react-hook-form's FieldArray cannot be resolved for a generic N.
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  return (
    <FormSection legend={legend} className="list-fieldset">
      {/* Add sits above the entries: an entry's message appearing or vanishing on blur must not
          move the button between mouse-down and mouse-up (the click would be lost). */}
      <div>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => append(newEntry() as FieldArray<ClientFormValues, N>, { shouldFocus: true })}
        >
          {addLabel}
        </button>
      </div>
      {fields.map((f, i) => (
        <div key={f.id} className="list-entry" role="group" aria-label={t('form.itemNumber', { n: String(i + 1) })}>
          {entry(i)}
          <button
            type="button"
            className="button button-quiet button-small list-remove"
            aria-label={t('form.removeItem', { item: `${legend} ${i + 1}` })}
            onClick={() => remove(i)}
          >
            {t('form.remove')}
          </button>
        </div>
      ))}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </FormSection>
  );
}

export function AliasFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const bind = useFieldBinder(form);
  const { errorAt } = bind;
  return (
    <ListFields
      form={form}
      name="aliases"
      legend={t('form.aliases')}
      addLabel={t('form.addAlias')}
      newEntry={() => ({ name: '', kind: 'spelling' })}
      error={errorAt('aliases')}
      entry={(i) => (
        <>
          <TextField
            label={t('form.aliasName')}
            error={errorAt(`aliases.${i}.name`) ?? errorAt(`aliases.${i}`)}
            registration={form.register(`aliases.${i}.name`)}
            autoComplete="off"
          />
          <SelectField
            label={t('form.aliasKind')}
            {...bind.field(`aliases.${i}.kind`)}
            choices={choicesOf(ALIAS_KINDS, (k) => t(`form.aliasKinds.${k}`))}
          />
        </>
      )}
    />
  );
}

export function IdentityNumberFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const bind = useFieldBinder(form);
  const { errorAt } = bind;
  return (
    <ListFields
      form={form}
      name="identityNumbers"
      legend={t('form.identityNumbers')}
      addLabel={t('form.addIdentity')}
      newEntry={() => ({ kind: 'foreign-id', value: '' })}
      entry={(i) => (
        <>
          <SelectField
            label={t('form.identityKind')}
            {...bind.field(`identityNumbers.${i}.kind`)}
            choices={choicesOf(IDENTITY_KINDS, (k) => t(`form.identityKinds.${k}`))}
          />
          <TextField
            label={t('form.identityValue')}
            error={errorAt(`identityNumbers.${i}.value`) ?? errorAt(`identityNumbers.${i}`)}
            registration={form.register(`identityNumbers.${i}.value`)}
            className="input-mono"
            autoComplete="off"
            inputMode="text"
          />
        </>
      )}
    />
  );
}

export function VulnerabilityFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const bind = useFieldBinder(form);
  const { errorAt } = bind;
  return (
    <ListFields
      form={form}
      name="vulnerabilities"
      legend={t('form.vulnerabilities')}
      addLabel={t('form.addVulnerability')}
      newEntry={() => ({ code: 'person-with-disability', since: localCivilDate(), note: '' })}
      entry={(i) => (
        <>
          <SelectField
            label={t('form.vulnerabilityCode')}
            registration={form.register(`vulnerabilities.${i}.code`)}
            error={errorAt(`vulnerabilities.${i}.code`) ?? errorAt(`vulnerabilities.${i}`)}
            choices={choicesOf(VULNERABILITY_CODES, (c) => t(`form.vulnerabilityCodes.${c}`))}
          />
          <FormDateField label={t('form.vulnerabilitySince')} {...bind.control(`vulnerabilities.${i}.since`)} />
          <TextAreaField label={t('form.vulnerabilityNote')} {...bind.field(`vulnerabilities.${i}.note`)} />
        </>
      )}
    />
  );
}

export function ConsentFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const bind = useFieldBinder(form);
  return (
    <ListFields
      form={form}
      name="consents"
      legend={t('form.consents')}
      addLabel={t('form.addConsent')}
      newEntry={() => ({ kind: 'processing', givenOn: localCivilDate(), scope: '', how: 'written', withdrawnOn: '' })}
      entry={(i) => (
        <>
          <SelectField
            label={t('form.consentKind')}
            {...bind.field(`consents.${i}.kind`)}
            choices={choicesOf(CONSENT_KINDS, (k) => t(`form.consentKinds.${k}`))}
          />
          <FormDateField label={t('form.consentGivenOn')} {...bind.control(`consents.${i}.givenOn`)} />
          <SelectField
            label={t('form.consentHow')}
            {...bind.field(`consents.${i}.how`)}
            choices={choicesOf(CONSENT_METHODS, (m) => t(`form.consentMethods.${m}`))}
          />
          <TextField label={t('form.consentScope')} {...bind.field(`consents.${i}.scope`)} />
          <FormDateField label={t('form.consentWithdrawnOn')} {...bind.control(`consents.${i}.withdrawnOn`)} />
        </>
      )}
    />
  );
}
