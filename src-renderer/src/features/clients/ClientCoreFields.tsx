import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormCodeList, FormCombobox } from '../../components/FormCodePickers';
import { CheckboxField, TextField } from '../../components/FormInputs';
import {
  COUNTRY_NAMES,
  countryName,
  countryOptions,
  LANGUAGE_NAMES,
  languageName,
  languageOptions,
  resolveCode,
} from '../../components/isoNames';
import { useFieldBinder } from '../../components/useFieldBinder';
import { currentLanguage } from '../../i18n';
import type { Language } from '@shared/schemas/vault';
import type { ClientInput } from '@shared/schemas/clients';
import type { ClientFormValues } from './clientForm';

/** The form both intake and edit hand to the shared client fields. */
export type ClientForm = UseFormReturn<ClientFormValues, unknown, ClientInput>;

export const resolveCountry = (text: string): string | null => resolveCode(text, COUNTRY_NAMES);
export const resolveLanguage = (text: string): string | null => resolveCode(text, LANGUAGE_NAMES);

/**
 * What a country or a language picker offers, in the lawyer's language: the options, how typed
 * text resolves to a code, and a code's name.
 */
export function codeChoices(lang: Language) {
  return {
    country: {
      options: countryOptions(lang),
      resolve: resolveCountry,
      labelOf: (code: string) => countryName(code, lang),
    },
    language: {
      options: languageOptions(lang),
      resolve: resolveLanguage,
      labelOf: (code: string) => languageName(code, lang),
    },
  };
}

/**
 * The fields both the quick intake and the full edit form have: names, nationality, languages,
 * interpreter and phone.
 */
export function ClientCoreFields({ form, autoFocus = false }: { form: ClientForm; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const codes = codeChoices(currentLanguage());
  const bind = useFieldBinder(form);
  const { register, control } = form;
  const interpreterNeeded = useWatch({ control, name: 'interpreter.needed' });
  return (
    <>
      <div className="form-row">
        <TextField label={t('form.givenName')} {...bind.field('givenName')} autoComplete="off" autoFocus={autoFocus} />
        <TextField
          label={t('form.familyName')}
          hint={t('form.familyNameHint')}
          {...bind.field('familyName')}
          autoComplete="off"
        />
      </div>
      <FormCombobox
        label={t('form.nationality')}
        hint={t('form.nationalityHint')}
        {...bind.control('nationality')}
        options={codes.country.options}
        resolve={codes.country.resolve}
      />
      <FormCodeList label={t('form.languages')} {...bind.control('languages')} {...codes.language} />
      <CheckboxField label={t('form.interpreterNeeded')} registration={register('interpreter.needed')} />
      {interpreterNeeded ? (
        <FormCombobox
          label={t('form.interpreterLanguage')}
          {...bind.control('interpreter.language')}
          options={codes.language.options}
          resolve={codes.language.resolve}
        />
      ) : null}
      <TextField
        label={t('form.phone')}
        hint={t('form.phoneHint')}
        {...bind.field('phone')}
        type="tel"
        autoComplete="off"
        className="input-short-wide"
      />
    </>
  );
}
