import type { ReactNode } from 'react';
import type { ParseKeys, TFunction } from 'i18next';
import { useFieldArray, type FieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDateField } from '../../components/FormDateField';
import { FormSection, SelectField, TextAreaField, TextField } from '../../components/FormInputs';
import { optionsOf } from '../../components/ValueFields';
import { localCivilDate } from '../../components/format';
import { IDENTITY_KINDS } from '@shared/identity-numbers';
import {
  ALIAS_KINDS,
  CONSENT_KINDS,
  CONSENT_METHODS,
  VULNERABILITY_CODES,
  type ClientInput,
} from '@shared/schemas/clients';
import type { ClientForm as Form } from './ClientCoreFields';
import { useFieldBinder, type FieldBinder } from '../../components/useFieldBinder';
import type { ClientFormValues } from './clientForm';

type ListName = 'aliases' | 'identityNumbers' | 'vulnerabilities' | 'consents';

/** What makes one repeatable list of the client form: its texts, a new entry, an entry's fields. */
interface ListSpec<N extends ListName> {
  legend: ParseKeys;
  addLabel: ParseKeys;
  newEntry: () => ClientFormValues[N][number];
  /** Whether the list itself can be refused (a message under the entries). */
  listError?: boolean;
  entry: (index: number, t: TFunction, bind: FieldBinder<ClientFormValues, ClientInput>) => ReactNode;
}

const LISTS: { [N in ListName]: ListSpec<N> } = {
  aliases: {
    legend: 'form.aliases',
    addLabel: 'form.addAlias',
    newEntry: () => ({ name: '', kind: 'spelling' }),
    listError: true,
    entry: (i, t, bind) => (
      <>
        <TextField
          label={t('form.aliasName')}
          {...bind.field(`aliases.${i}.name`)}
          error={bind.errorAt(`aliases.${i}.name`) ?? bind.errorAt(`aliases.${i}`)}
          autoComplete="off"
        />
        <SelectField
          label={t('form.aliasKind')}
          {...bind.field(`aliases.${i}.kind`)}
          choices={optionsOf(ALIAS_KINDS, (k) => t(`form.aliasKinds.${k}`))}
        />
      </>
    ),
  },
  identityNumbers: {
    legend: 'form.identityNumbers',
    addLabel: 'form.addIdentity',
    newEntry: () => ({ kind: 'foreign-id', value: '' }),
    entry: (i, t, bind) => (
      <>
        <SelectField
          label={t('form.identityKind')}
          {...bind.field(`identityNumbers.${i}.kind`)}
          choices={optionsOf(IDENTITY_KINDS, (k) => t(`form.identityKinds.${k}`))}
        />
        <TextField
          label={t('form.identityValue')}
          {...bind.field(`identityNumbers.${i}.value`)}
          error={bind.errorAt(`identityNumbers.${i}.value`) ?? bind.errorAt(`identityNumbers.${i}`)}
          className="input-mono"
          autoComplete="off"
          inputMode="text"
        />
      </>
    ),
  },
  vulnerabilities: {
    legend: 'form.vulnerabilities',
    addLabel: 'form.addVulnerability',
    newEntry: () => ({ code: 'person-with-disability', since: localCivilDate(), note: '' }),
    entry: (i, t, bind) => (
      <>
        <SelectField
          label={t('form.vulnerabilityCode')}
          {...bind.field(`vulnerabilities.${i}.code`)}
          error={bind.errorAt(`vulnerabilities.${i}.code`) ?? bind.errorAt(`vulnerabilities.${i}`)}
          choices={optionsOf(VULNERABILITY_CODES, (c) => t(`form.vulnerabilityCodes.${c}`))}
        />
        <FormDateField label={t('form.vulnerabilitySince')} {...bind.control(`vulnerabilities.${i}.since`)} />
        <TextAreaField label={t('form.vulnerabilityNote')} {...bind.field(`vulnerabilities.${i}.note`)} />
      </>
    ),
  },
  consents: {
    legend: 'form.consents',
    addLabel: 'form.addConsent',
    newEntry: () => ({ kind: 'processing', givenOn: localCivilDate(), scope: '', how: 'written', withdrawnOn: '' }),
    entry: (i, t, bind) => (
      <>
        <SelectField
          label={t('form.consentKind')}
          {...bind.field(`consents.${i}.kind`)}
          choices={optionsOf(CONSENT_KINDS, (k) => t(`form.consentKinds.${k}`))}
        />
        <FormDateField label={t('form.consentGivenOn')} {...bind.control(`consents.${i}.givenOn`)} />
        <SelectField
          label={t('form.consentHow')}
          {...bind.field(`consents.${i}.how`)}
          choices={optionsOf(CONSENT_METHODS, (m) => t(`form.consentMethods.${m}`))}
        />
        <TextField label={t('form.consentScope')} {...bind.field(`consents.${i}.scope`)} />
        <FormDateField label={t('form.consentWithdrawnOn')} {...bind.control(`consents.${i}.withdrawnOn`)} />
      </>
    ),
  },
};

/**
 * A fieldset of repeatable entries (a react-hook-form field array) with Add and per-entry
 * Remove; focus goes to what was added. `entry` renders the fields of the entry at an index.
 */
function ListFieldset<N extends ListName>({
  form,
  name,
  legend,
  addLabel,
  newEntry,
  listError = false,
  entry,
}: { form: Form; name: N } & ListSpec<N>) {
  const { t } = useTranslation();
  const bind = useFieldBinder(form);
  const error = listError ? bind.errorAt(name) : undefined;
  // The cast names the same type: react-hook-form's FieldArray cannot be resolved for a generic N.
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  return (
    <FormSection legend={t(legend)} className="list-fieldset">
      {/* Add sits above the entries: an entry's message appearing or vanishing on blur must not
          move the button between mouse-down and mouse-up (the click would be lost). */}
      <div>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => append(newEntry() as FieldArray<ClientFormValues, N>, { shouldFocus: true })}
        >
          {t(addLabel)}
        </button>
      </div>
      {fields.map((f, i) => (
        <div key={f.id} className="list-entry" role="group" aria-label={t('form.itemNumber', { n: String(i + 1) })}>
          {entry(i, t, bind)}
          <button
            type="button"
            className="button button-quiet button-small list-remove"
            aria-label={t('form.removeItem', { item: `${t(legend)} ${i + 1}` })}
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

/** The client form's repeatable lists, in the order given, each a fieldset of its own. */
export function ClientListFields({ form, lists }: { form: Form; lists: readonly ListName[] }) {
  return lists.map((name) => <ListFieldset key={name} form={form} name={name} {...LISTS[name]} />);
}
