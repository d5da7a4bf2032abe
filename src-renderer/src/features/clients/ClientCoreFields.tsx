import { get, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormCodeList, FormCombobox } from '../../components/FormCodePickers';
import { CheckboxField, TextField } from '../../components/FormInputs';
import {
  COUNTRY_NAMES,
  countryOptions,
  LANGUAGE_NAMES,
  languageName,
  languageOptions,
  resolveCode,
} from '../../components/isoNames';
import { useValidationMessage } from '../../components/validationMessage';
import { currentLanguage } from '../../i18n';
import type { ClientInput } from '@shared/schemas/clients';
import type { ClientFormValues } from './clientForm';

/** The form both intake and edit hand to the shared client fields. */
export type ClientForm = UseFormReturn<ClientFormValues, unknown, ClientInput>;

export const resolveCountry = (text: string): string | null => resolveCode(text, COUNTRY_NAMES);
export const resolveLanguage = (text: string): string | null => resolveCode(text, LANGUAGE_NAMES);

/** The error message (translated) at a form path, e.g. `identityNumbers.0.value`. */
export function useFieldError(form: ClientForm): (path: string) => string | undefined {
  const message = useValidationMessage();
  return (path) => {
    const found: unknown = get(form.formState.errors, path);
    const text = typeof found === 'object' && found !== null && 'message' in found ? found.message : undefined;
    return message(typeof text === 'string' ? text : undefined);
  };
}

/**
 * The fields both the quick intake and the full edit form have: names, nationality, languages,
 * interpreter and phone.
 */
export function ClientCoreFields({ form, autoFocus = false }: { form: ClientForm; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const errorAt = useFieldError(form);
  const { register, control } = form;
  const interpreterNeeded = useWatch({ control, name: 'interpreter.needed' });
  return (
    <>
      <div className="form-row">
        <TextField
          label={t('form.givenName')}
          error={errorAt('givenName')}
          registration={register('givenName')}
          autoComplete="off"
          autoFocus={autoFocus}
        />
        <TextField
          label={t('form.familyName')}
          hint={t('form.familyNameHint')}
          error={errorAt('familyName')}
          registration={register('familyName')}
          autoComplete="off"
        />
      </div>
      <FormCombobox
        control={control}
        name="nationality"
        label={t('form.nationality')}
        hint={t('form.nationalityHint')}
        error={errorAt('nationality')}
        options={countryOptions(lang)}
        resolve={resolveCountry}
      />
      <FormCodeList
        control={control}
        name="languages"
        label={t('form.languages')}
        error={errorAt('languages')}
        options={languageOptions(lang)}
        resolve={resolveLanguage}
        labelOf={(code) => languageName(code, lang)}
      />
      <CheckboxField label={t('form.interpreterNeeded')} registration={register('interpreter.needed')} />
      {interpreterNeeded ? (
        <FormCombobox
          control={control}
          name="interpreter.language"
          label={t('form.interpreterLanguage')}
          error={errorAt('interpreter.language')}
          options={languageOptions(lang)}
          resolve={resolveLanguage}
        />
      ) : null}
      <TextField
        label={t('form.phone')}
        hint={t('form.phoneHint')}
        error={errorAt('phone')}
        registration={register('phone')}
        type="tel"
        autoComplete="off"
        className="input-short-wide"
      />
    </>
  );
}
