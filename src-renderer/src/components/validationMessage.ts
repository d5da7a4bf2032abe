import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { commonTr } from '../i18n/common-messages';

/**
 * Validation codes (`date.inFuture`, `duration.tooLong`, …) come from the shared zod schemas,
 * both when the form checks itself and in a VALIDATION answer's `details` (`path:code`).
 * They are translated once, in the shared `validation` namespace; a code we do not know becomes
 * the generic "not valid" sentence rather than a raw code on screen.
 */

type Tree = { readonly [key: string]: string | Tree };

function knownCode(code: string): boolean {
  let node: string | Tree = commonTr.validation;
  for (const part of code.split('.')) {
    if (typeof node === 'string' || !Object.hasOwn(node, part)) return false;
    node = node[part] as string | Tree;
  }
  return typeof node === 'string';
}

export function validationMessage(t: TFunction, code: string | undefined): string {
  const key = code && knownCode(code) ? code : 'invalid';
  // The key is checked against the Turkish tree above, which is the type every language has.
  return t(`validation.${key}` as 'validation.invalid');
}

/** A field's error sentence for `code`, or nothing when the field has no error. */
export function errorText(t: TFunction, code: string | undefined): string | undefined {
  return code ? validationMessage(t, code) : undefined;
}

/** The same translation as a hook, for components that do not hold `t` themselves. */
export function useValidationMessage(): (code: string | undefined) => string | undefined {
  const { t } = useTranslation();
  return (code) => errorText(t, code);
}
