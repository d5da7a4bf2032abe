import i18next, { type ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * Translates the schemas' message codes (`date.inFuture`, `identity.badChecksum`, …) for the
 * field that failed. Codes we have no sentence for (zod's own English, a code added later on the
 * backend) fall back to a generic sentence rather than showing a code or English to the lawyer.
 */
export function useValidationMessage(): (code: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return (code) => {
    if (code === undefined) return undefined;
    const key = `validation.${code}`;
    return i18next.exists(key) ? t(key as ParseKeys) : t('validation.invalid');
  };
}
