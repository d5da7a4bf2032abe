import type { ReactNode } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDateField } from '../../components/FormDateField';
import { SelectField, TextAreaField, TextField } from '../../components/FormInputs';
import { localCivilDate } from '../../components/format';
import { IDENTITY_KINDS } from '@shared/identity-numbers';
import { ALIAS_KINDS, CONSENT_KINDS, CONSENT_METHODS, VULNERABILITY_CODES } from '@shared/schemas/clients';
import { useFieldError, type ClientForm as Form } from './ClientCoreFields';

/** A fieldset of repeatable entries with Add and per-entry Remove; focus goes to what was added. */
function ListFieldset({
  legend,
  addLabel,
  onAdd,
  error,
  children,
}: {
  legend: string;
  addLabel: string;
  onAdd: () => void;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <fieldset className="form-section list-fieldset">
      <legend>{legend}</legend>
      {/* Add sits above the entries: an entry's message appearing or vanishing on blur must not
          move the button between mouse-down and mouse-up (the click would be lost). */}
      <div>
        <button type="button" className="button button-quiet" onClick={onAdd}>
          {addLabel}
        </button>
      </div>
      {children}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function RemoveButton({ item, onRemove }: { item: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-quiet button-small list-remove"
      aria-label={t('form.removeItem', { item })}
      onClick={onRemove}
    >
      {t('form.remove')}
    </button>
  );
}

export function AliasFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const errorAt = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'aliases' });
  return (
    <ListFieldset
      legend={t('form.aliases')}
      addLabel={t('form.addAlias')}
      onAdd={() => append({ name: '', kind: 'spelling' }, { shouldFocus: true })}
      error={errorAt('aliases')}
    >
      {fields.map((f, i) => (
        <div key={f.id} className="list-entry" role="group" aria-label={t('form.itemNumber', { n: String(i + 1) })}>
          <TextField
            label={t('form.aliasName')}
            error={errorAt(`aliases.${i}.name`) ?? errorAt(`aliases.${i}`)}
            registration={form.register(`aliases.${i}.name`)}
            autoComplete="off"
          />
          <SelectField
            label={t('form.aliasKind')}
            registration={form.register(`aliases.${i}.kind`)}
            error={errorAt(`aliases.${i}.kind`)}
            choices={ALIAS_KINDS.map((k) => ({ value: k, label: t(`form.aliasKinds.${k}`) }))}
          />
          <RemoveButton item={`${t('form.aliases')} ${i + 1}`} onRemove={() => remove(i)} />
        </div>
      ))}
    </ListFieldset>
  );
}

export function IdentityNumberFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const errorAt = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'identityNumbers' });
  return (
    <ListFieldset
      legend={t('form.identityNumbers')}
      addLabel={t('form.addIdentity')}
      onAdd={() => append({ kind: 'foreign-id', value: '' }, { shouldFocus: true })}
    >
      {fields.map((f, i) => (
        <div key={f.id} className="list-entry" role="group" aria-label={t('form.itemNumber', { n: String(i + 1) })}>
          <SelectField
            label={t('form.identityKind')}
            registration={form.register(`identityNumbers.${i}.kind`)}
            error={errorAt(`identityNumbers.${i}.kind`)}
            choices={IDENTITY_KINDS.map((k) => ({ value: k, label: t(`form.identityKinds.${k}`) }))}
          />
          <TextField
            label={t('form.identityValue')}
            error={errorAt(`identityNumbers.${i}.value`) ?? errorAt(`identityNumbers.${i}`)}
            registration={form.register(`identityNumbers.${i}.value`)}
            className="input-mono"
            autoComplete="off"
            inputMode="text"
          />
          <RemoveButton item={`${t('form.identityNumbers')} ${i + 1}`} onRemove={() => remove(i)} />
        </div>
      ))}
    </ListFieldset>
  );
}

export function VulnerabilityFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const errorAt = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'vulnerabilities' });
  return (
    <ListFieldset
      legend={t('form.vulnerabilities')}
      addLabel={t('form.addVulnerability')}
      onAdd={() => append({ code: 'person-with-disability', since: localCivilDate(), note: '' }, { shouldFocus: true })}
    >
      {fields.map((f, i) => (
        <div key={f.id} className="list-entry" role="group" aria-label={t('form.itemNumber', { n: String(i + 1) })}>
          <SelectField
            label={t('form.vulnerabilityCode')}
            registration={form.register(`vulnerabilities.${i}.code`)}
            error={errorAt(`vulnerabilities.${i}.code`) ?? errorAt(`vulnerabilities.${i}`)}
            choices={VULNERABILITY_CODES.map((c) => ({ value: c, label: t(`form.vulnerabilityCodes.${c}`) }))}
          />
          <FormDateField
            control={form.control}
            name={`vulnerabilities.${i}.since`}
            label={t('form.vulnerabilitySince')}
            error={errorAt(`vulnerabilities.${i}.since`)}
          />
          <TextAreaField
            label={t('form.vulnerabilityNote')}
            error={errorAt(`vulnerabilities.${i}.note`)}
            registration={form.register(`vulnerabilities.${i}.note`)}
          />
          <RemoveButton item={`${t('form.vulnerabilities')} ${i + 1}`} onRemove={() => remove(i)} />
        </div>
      ))}
    </ListFieldset>
  );
}

export function ConsentFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const errorAt = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'consents' });
  return (
    <ListFieldset
      legend={t('form.consents')}
      addLabel={t('form.addConsent')}
      onAdd={() =>
        append(
          { kind: 'processing', givenOn: localCivilDate(), scope: '', how: 'written', withdrawnOn: '' },
          { shouldFocus: true },
        )
      }
    >
      {fields.map((f, i) => (
        <div key={f.id} className="list-entry" role="group" aria-label={t('form.itemNumber', { n: String(i + 1) })}>
          <SelectField
            label={t('form.consentKind')}
            registration={form.register(`consents.${i}.kind`)}
            error={errorAt(`consents.${i}.kind`)}
            choices={CONSENT_KINDS.map((k) => ({ value: k, label: t(`form.consentKinds.${k}`) }))}
          />
          <FormDateField
            control={form.control}
            name={`consents.${i}.givenOn`}
            label={t('form.consentGivenOn')}
            error={errorAt(`consents.${i}.givenOn`)}
          />
          <SelectField
            label={t('form.consentHow')}
            registration={form.register(`consents.${i}.how`)}
            error={errorAt(`consents.${i}.how`)}
            choices={CONSENT_METHODS.map((m) => ({ value: m, label: t(`form.consentMethods.${m}`) }))}
          />
          <TextField
            label={t('form.consentScope')}
            error={errorAt(`consents.${i}.scope`)}
            registration={form.register(`consents.${i}.scope`)}
          />
          <FormDateField
            control={form.control}
            name={`consents.${i}.withdrawnOn`}
            label={t('form.consentWithdrawnOn')}
            error={errorAt(`consents.${i}.withdrawnOn`)}
          />
          <RemoveButton item={`${t('form.consents')} ${i + 1}`} onRemove={() => remove(i)} />
        </div>
      ))}
    </ListFieldset>
  );
}
